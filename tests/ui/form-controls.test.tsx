// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CertificationPicker } from '../../src/ui/plan/CertificationPicker.tsx';
import { YEARS_RULE } from '../../src/model/profile-rules.ts';
import { NumberField } from '../../src/ui/plan/NumberField.tsx';
import { RoleCombobox } from '../../src/ui/plan/RoleCombobox.tsx';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';
import { withCatalog } from './catalog-wrapper.tsx';

const wrapper = withCatalog(shippedGraphForTests());
afterEach(cleanup);

function ControlledCombobox({ onPick }: { onPick(role: { id: string; title: string }): void }) {
  const [value, setValue] = useState('');
  return (
    <RoleCombobox
      id="role"
      label="Your current role"
      value={value}
      onChange={setValue}
      onPick={(r) => (onPick(r), setValue(r.title))}
    />
  );
}

describe('the role combobox', () => {
  it('suggests roles for a typo and follows the ARIA combobox pattern', () => {
    render(<ControlledCombobox onPick={() => {}} />, { wrapper });
    const input = screen.getByRole('combobox', { name: 'Your current role' });
    fireEvent.change(input, { target: { value: 'soc analist' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox');
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    const options = screen.getAllByRole('option');
    expect(options[0]!.textContent).toMatch(/^SOC analyst/);
    // The first suggestion is highlighted while focus stays in the field.
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
  });

  it('moves with the arrow keys, picks with Enter and closes with Escape', () => {
    const onPick = vi.fn();
    render(<ControlledCombobox onPick={onPick} />, { wrapper });
    const input = screen.getByRole('combobox', { name: 'Your current role' });
    fireEvent.change(input, { target: { value: 'analyst' } });
    const options = screen.getAllByRole('option');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[options.length - 1]!.id);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-activedescendant')).toBeNull();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const first = screen.getAllByRole('option')[0]!.querySelector('.option-title')!.textContent;
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ title: first }));
    expect((input as HTMLInputElement).value).toBe(first);
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows the alias that matched', () => {
    render(<ControlledCombobox onPick={() => {}} />, { wrapper });
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'help desk' } });
    expect(screen.getAllByRole('option')[0]!.textContent).toMatch(/IT support specialist — “help desk”/);
  });
});

function ControlledPicker({ initial = [] as string[] }) {
  const [selected, setSelected] = useState(initial);
  return (
    <>
      <CertificationPicker selected={selected} onChange={setSelected} />
      <output data-testid="held">{selected.join(',')}</output>
    </>
  );
}

describe('the certification picker', () => {
  it('finds a certification by name or abbreviation and adds it with Enter', () => {
    render(<ControlledPicker />, { wrapper });
    const input = screen.getByRole('combobox', { name: 'Certifications you hold' });
    fireEvent.change(input, { target: { value: 'cissp' } });
    expect(screen.getAllByRole('option')[0]!.textContent).toMatch(/CISSP/);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByTestId('held').textContent).toBe('cissp');
    expect(screen.getByRole('list', { name: 'Certifications you hold' }).textContent).toMatch(/CISSP/);
    fireEvent.change(input, { target: { value: 'comptia sec' } });
    expect(screen.getAllByRole('option').map((o) => o.querySelector('.option-title')!.textContent)).toContain(
      'Security+',
    );
  });

  it('forgives a misspelling', () => {
    render(<ControlledPicker />, { wrapper });
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'cisps' } });
    expect(screen.getAllByRole('option').map((o) => o.querySelector('.option-title')!.textContent)[0]).toBe('CISSP');
  });

  it('keeps a certification already held when it is picked again, and says so', () => {
    render(<ControlledPicker initial={['cism']} />, { wrapper });
    const input = screen.getByRole('combobox');
    expect(screen.getByRole('listbox', { hidden: true }).getAttribute('aria-multiselectable')).toBe('true');
    fireEvent.change(input, { target: { value: 'cism' } });
    expect(screen.getAllByRole('option')[0]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByTestId('held').textContent).toBe('cism');
    expect(screen.getByText('CISM is already added.').getAttribute('role')).toBe('status');
    expect((input as HTMLInputElement).value).toBe('');
    fireEvent.change(input, { target: { value: 'cism' } });
    fireEvent.click(screen.getAllByRole('option')[0]!);
    expect(screen.getByTestId('held').textContent).toBe('cism');
  });

  it('removes a certification only with its chip’s button, never with Backspace', () => {
    render(<ControlledPicker initial={['cism', 'cissp', 'security-plus']} />, { wrapper });
    fireEvent.click(screen.getByRole('button', { name: 'Remove CISM' }));
    expect(screen.getByTestId('held').textContent).toBe('cissp,security-plus');
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Backspace' });
    expect(screen.getByTestId('held').textContent).toBe('cissp,security-plus');
  });

  it('clears what was typed with Escape', () => {
    render(<ControlledPicker />, { wrapper });
    const input = screen.getByRole('combobox') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'comptia security plus' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('the years field', () => {
  it('names odd input instead of passing it on, and passes valid numbers', () => {
    const onChange = vi.fn();
    render(<NumberField label="IT" unit="yrs" rule={YEARS_RULE} value={undefined} onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'IT' });
    fireEvent.change(input, { target: { value: 'two' } });
    expect(screen.getByRole('alert').textContent).toBe(
      'Enter a number from 0 to 60. The plan uses 0 years until then.',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(input, { target: { value: '99' } });
    expect(screen.getByRole('alert').textContent).toMatch(/^Enter at most 60\./);
    expect(onChange).not.toHaveBeenCalled();
    // A decimal comma is refused, as on the command line and in links ("2,5" could be 25).
    fireEvent.change(input, { target: { value: '2,5' } });
    expect(screen.getByRole('alert').textContent).toBe(
      'Enter a number from 0 to 60. The plan uses 0 years until then.',
    );
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '2.5' } });
    expect(onChange).toHaveBeenLastCalledWith(2.5);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.change(input, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });

  it('follows a value changed elsewhere, such as a reset', () => {
    const { rerender } = render(<NumberField label="IT" unit="yrs" rule={YEARS_RULE} value={3} onChange={() => {}} />);
    const input = screen.getByRole('textbox', { name: 'IT' }) as HTMLInputElement;
    expect(input.value).toBe('3');
    fireEvent.change(input, { target: { value: 'x' } });
    rerender(<NumberField label="IT" unit="yrs" rule={YEARS_RULE} value={undefined} onChange={() => {}} />);
    expect(input.value).toBe('');
  });
});
