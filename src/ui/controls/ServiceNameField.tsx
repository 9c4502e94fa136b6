import { useId, type ReactNode } from 'react';
import { FieldMessage } from './FieldMessage.tsx';
import { validateServiceName } from './serviceName.ts';
import { useValidatedText } from './useValidatedText.ts';

export interface ServiceNameFieldProps {
  readonly label: ReactNode;
  readonly value: string;
  readonly onCommit: (service: string) => void;
  readonly labelHidden?: boolean;
}

const same = (service: string): string => service;

/** A call's service name, checked against SERVICE_NAME_PATTERN as it is typed. */
export function ServiceNameField({ label, value, onCommit, labelHidden }: ServiceNameFieldProps) {
  const id = useId();
  const { text, message, change, revert } = useValidatedText(
    value,
    same,
    validateServiceName,
    onCommit,
  );
  const messageId = `${id}-message`;
  return (
    <div className="field field--service">
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      <input
        id={id}
        className="field__input field__input--service"
        type="text"
        autoComplete="off"
        spellCheck={false}
        maxLength={64}
        aria-invalid={message !== null}
        aria-describedby={message === null ? undefined : messageId}
        value={text}
        onChange={(event) => change(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && message !== null) {
            event.preventDefault();
            revert();
          }
        }}
      />
      <FieldMessage
        id={messageId}
        message={message === null ? null : `${message} Esc restores “${value}”.`}
      />
    </div>
  );
}
