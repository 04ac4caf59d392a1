/**
 * What each output format needs so that text from graph-data (titles, aliases, notes, source
 * titles) and from people reaches it as text and never as structure: no line that starts a
 * new calendar property, no Markdown heading, rule, list, link or HTML, no XML the parser
 * refuses, no terminal command. Graph-data refuses these characters when it is validated; this
 * is the second wall, for data that was not, and for text that comes from elsewhere.
 */
import { UNSAFE_TEXT_CHARACTERS } from '../model/common.ts';

const UNSAFE = new RegExp(UNSAFE_TEXT_CHARACTERS.source, 'gu');
/** Every way of breaking a line: CR LF, a lone CR or LF, vertical tab, form feed, NEL, U+2028, U+2029. */
const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;
/** A UTF-16 half of a character without its other half: not text in any format, and refused by XML. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** One line of plain text: every line break and tab a space, other control characters gone. */
export function singleLine(text: string): string {
  return text.replace(LINE_BREAK, ' ').replace(/\t/g, ' ').replace(UNSAFE, '').replace(LONE_SURROGATE, '\ufffd');
}

// ---------------------------------------------------------------------------------------------
// iCalendar (RFC 5545)

/**
 * A TEXT property value (§3.3.11): line breaks of every kind become the escape "\n" (a lone CR
 * would end the property line for some readers and start a forged one, such as ATTACH:),
 * other control characters are dropped, and backslash, semicolon and comma are escaped.
 */
export function icsText(text: string): string {
  return text
    .replace(LINE_BREAK, '\n')
    .replace(/\t/g, ' ')
    .replace(UNSAFE, '')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** §3.1: a content line longer than 75 octets is folded (CRLF and a space), never inside a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (currentBytes + bytes > limit) {
      out.push(current);
      current = '';
      currentBytes = 0;
    }
    current += char;
    currentBytes += bytes;
  }
  out.push(current);
  return out.join('\r\n ');
}

// ---------------------------------------------------------------------------------------------
// Markdown (CommonMark and GitHub's extensions)

/**
 * Text inside a Markdown line, shown as written. On one line (line breaks would start a
 * heading, a rule or a list), every character that can open inline markup or HTML escaped,
 * and the few that open a block only where they start the text: a title is written after
 * "1. " in a list, where "- x", "# x" or "2. x" would start another block. Parentheses and "!"
 * stay as they are, so the file reads well as plain text: with "[" escaped they open no link
 * or image. URLs and e-mail addresses are broken up with escapes so that no renderer turns
 * them into links.
 */
export function markdownInline(text: string): string {
  return singleLine(text)
    .replace(/ {2,}/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>|~&@]/g, (c) => `\\${c}`)
    .replace(/^([-=+#])/, '\\$1')
    .replace(/^(\d{1,9})\./, '$1\\.')
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.');
}

// ---------------------------------------------------------------------------------------------
// XML (GraphML)

/** C0 controls other than tab, line feed and carriage return, and U+FFFE/U+FFFF: XML 1.0 forbids them outright. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * Text for XML content and attribute values alike: the five markup characters escaped, a
 * carriage return made a line feed (as an XML parser reads a raw one; parsers disagree on the
 * reference &#13;), tab and line feed written as references (an attribute would make them
 * spaces), and characters XML forbids or that reorder or hide text dropped.
 */
export function xmlText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(XML_FORBIDDEN, '')
    .replace(UNSAFE, '')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

// ---------------------------------------------------------------------------------------------
// Terminals

/**
 * ECMA-48 sequences a terminal acts on: CSI (ESC [ or U+009B, up to a final byte), OSC, DCS,
 * SOS, PM and APC strings (up to BEL or ST), and any other ESC with the character after it.
 */
const TERMINAL_SEQUENCE =
  /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u007e]?/g;

/**
 * Text for a terminal: lines and tabs kept, every terminal command (colour, cursor, window
 * title, hyperlinks, clipboard) removed whole, a lone carriage return (which would let a
 * later text overwrite the line) and the other line breaks made spaces or line feeds, and the
 * remaining C0 and C1 controls and bidirectional controls dropped.
 */
export function terminalText(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(TERMINAL_SEQUENCE, '')
    .replace(/[\r\u000b\u000c\u0085\u2028\u2029]/g, ' ')
    .replace(UNSAFE, '')
    .replace(LONE_SURROGATE, '\ufffd');
}
