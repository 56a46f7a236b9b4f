import { startTransition, type FormEvent } from 'react'

/**
 * React resets a form once its action has run, which empties selects and file inputs: after a refusal people should
 * find everything they typed. With scripts the form data (and the button pressed) goes to the action without that
 * reset; without scripts the form still posts to the same server action as usual.
 */
export const submitKeepingInput =
  (action: (data: FormData) => void) =>
  (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault()
    const submitter = (event.nativeEvent as SubmitEvent).submitter
    const data = new FormData(event.currentTarget, submitter)
    startTransition(() => action(data))
  }
