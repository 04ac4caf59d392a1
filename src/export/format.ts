/** Shared wording for plan renderers (text, Markdown, calendar). */

export function formatUsd(value: number): string {
  return `US$${Math.round(value).toLocaleString('en-US')}`;
}

export function formatDuration(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts: string[] = [];
  if (years > 0) parts.push(years === 1 ? '1 year' : `${years} years`);
  if (rest > 0 || years === 0) parts.push(rest === 1 ? '1 month' : `${rest} months`);
  return parts.join(' ');
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function listWithAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
