import { useRef, type SubmitEvent } from 'react';

/**
 * A form's submit handler that ignores a second press while the first is still being saved. The
 * button says so too (`aria-disabled`), and each form sends one request id however often it is
 * pressed, so a double click can never record a step twice.
 */
export function useGuardedSubmit(
  submit: (event: SubmitEvent<HTMLFormElement>) => Promise<void>,
): (event: SubmitEvent<HTMLFormElement>) => void {
  const busy = useRef(false);
  return (event) => {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    void submit(event).finally(() => {
      busy.current = false;
    });
  };
}
