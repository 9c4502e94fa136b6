import { useId, type KeyboardEvent } from 'react';
import { SpinField } from '../../../controls/SpinField.tsx';
import { STEP_KEYS } from '../../../controls/fieldDescription.ts';
import type { Scenario } from '../../../../core/scenario.ts';
import { CODECS, type ParamName } from '../../../../core/urlParams.ts';
import { useValidatedText } from '../../../controls/useValidatedText.ts';
import type { Validated } from '../../../controls/validated.ts';

export interface CodecNumberFieldProps {
  readonly label: string;
  /** The URL parameter whose codec checks the text (its rules, its messages). */
  readonly param: ParamName;
  readonly scenario: Scenario;
  /** The field of the scenario the parameter writes. */
  readonly field: 'callOverheadMs' | 'requestOverheadMs' | 'arrivalRatePerSec';
  readonly onChange: (next: Scenario) => void;
  readonly hint?: string;
}

/**
 * A number field checked by the URL codec itself. The overheads accept 0 and up to three
 * decimals, which NumberField's decimal rule (strictly above a bound) cannot say; asking the
 * codec keeps the field and a pasted link in exact agreement, with the codec's own wording.
 */
export function CodecNumberField(props: CodecNumberFieldProps) {
  const { label, param, scenario, field, onChange, hint } = props;
  const id = useId();
  const codec = CODECS[param];
  const value = scenario.server[field];
  const validate = (text: string): Validated<number> => {
    const draft = { ...scenario };
    const problem = codec.decode(text.trim(), draft);
    return problem === null
      ? { ok: true, value: draft.server[field] }
      : { ok: false, message: `${problem}: ${codec.allowed}.` };
  };
  const format = (ms: number): string =>
    codec.encode({ ...scenario, server: { ...scenario.server, [field]: ms } }) ?? String(ms);
  const input = useValidatedText(value, format, validate, (next) =>
    onChange({ ...scenario, server: { ...scenario.server, [field]: next } }),
  );
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const step = STEP_KEYS[event.key];
    if (step !== undefined) {
      event.preventDefault();
      const next = validate(format(Math.max(0, (input.pending ?? value) + step)));
      if (next.ok) input.change(format(next.value));
    } else if (event.key === 'Escape' && input.message !== null) {
      event.preventDefault();
      input.revert();
    }
  };
  return (
    <SpinField
      id={id}
      label={label}
      field={input}
      inputMode="decimal"
      valueMin={0}
      valueNow={value}
      onKeyDown={onKeyDown}
      {...(hint === undefined ? {} : { hint })}
      message={input.message === null ? null : `${input.message} Esc restores ${format(value)}.`}
    />
  );
}
