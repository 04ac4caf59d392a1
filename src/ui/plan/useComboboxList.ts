import { useEffect, useId, useState, type KeyboardEvent } from 'react';

export interface ComboboxList {
  listId: string;
  open: boolean;
  /** Whether the listbox is shown: open and with something in it. */
  showList: boolean;
  active: number;
  setActive(index: number): void;
  optionId(index: number): string;
  /** Opens the list with the first option highlighted when text was typed. */
  onType(text: string): void;
  close(): void;
  /** Arrows, Escape and Tab; Enter calls `onEnter` with the highlighted option. */
  onKeyDown(event: KeyboardEvent<HTMLInputElement>, onEnter: (index: number) => void): void;
  /** Props for the input: ARIA wiring and opening on focus, closing on blur. */
  inputProps: {
    role: 'combobox';
    'aria-autocomplete': 'list';
    'aria-expanded': boolean;
    'aria-controls': string;
    'aria-activedescendant': string | undefined;
    autoComplete: 'off';
    spellCheck: false;
    onFocus(): void;
    onClick(): void;
    onBlur(): void;
  };
}

/**
 * The keyboard and ARIA half of the WAI-ARIA combobox pattern (list autocomplete): the
 * highlighted option is announced through aria-activedescendant while focus stays in the
 * field; arrows wrap around, Escape closes, Tab leaves. Shared by the role and certification
 * fields, which differ only in what an option is and what Enter does.
 */
export function useComboboxList(count: number): ComboboxList {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const showList = open && count > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  useEffect(() => {
    if (showList && active >= 0) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  });

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, onEnter: (index: number) => void) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        if (count) setActive((a) => (open && a >= 0 ? (a + step + count) % count : step === 1 ? 0 : count - 1));
        setOpen(true);
        break;
      }
      case 'Enter':
        if (showList && active >= 0 && active < count) {
          event.preventDefault();
          onEnter(active);
        } else setOpen(false);
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  return {
    listId,
    open,
    showList,
    active,
    setActive,
    optionId,
    onType: (text) => {
      setOpen(true);
      setActive(text.trim() ? 0 : -1);
    },
    close,
    onKeyDown,
    inputProps: {
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': showList,
      'aria-controls': listId,
      'aria-activedescendant': showList && active >= 0 ? optionId(active) : undefined,
      autoComplete: 'off',
      spellCheck: false,
      onFocus: () => setOpen(true),
      onClick: () => setOpen(true),
      onBlur: () => setOpen(false),
    },
  };
}
