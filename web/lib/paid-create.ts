import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useRef } from "react";
import { type ApiError, isApiError } from "../api-client/client.ts";
import { useIdempotencyKey } from "./idempotency.ts";

/** The balance does not cover the cost (the form says so, with a link to recharge). */
export const isShortOfPoints = (error: unknown): error is ApiError =>
  isApiError(error) && error.code === "INSUFFICIENT_POINTS";

/**
 * A form that creates something paid (a diagnosis, a prep, a live session). Double-submit safe: one
 * `Idempotency-Key` per attempt (reused on retry, so the server answers with the same one), and a submit
 * while one runs is ignored. Short of points is for the form to show (`PaidSubmit`); other failures go to
 * the form's fields or its message.
 */
export function usePaidCreate<B, R>({
  form,
  intent,
  create,
  onCreated,
  onTierRefused,
}: {
  form: { setFormError: (message: string | null) => void; handleError: (error: unknown) => void };
  /** What is created, for the key's intent ("interview"). */
  intent: string;
  create: (body: B, idempotencyKey: string) => Promise<R>;
  onCreated: (created: R) => Promise<void>;
  /** The user's tier does not include it (the page shows the tier gate). */
  onTierRefused?: () => void;
}) {
  const attempt = useIdempotencyKey();
  const inFlight = useRef(false);
  const mutation = useMutation({
    mutationFn: ({ body, key }: { body: B; key: string }) => create(body, key),
    onSuccess: async (created) => {
      attempt.done();
      await onCreated(created);
    },
    onError: (error) => {
      if (isShortOfPoints(error)) return;
      if (onTierRefused && isApiError(error) && error.code === "TIER_REQUIRED") onTierRefused();
      else form.handleError(error);
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  /** The form's submit handler; `body` checks the input (showing what is wrong) and returns what to send. */
  const handleSubmit = (body: () => B | null | undefined) => (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (inFlight.current) return;
    form.setFormError(null);
    const valid = body();
    if (!valid) return;
    inFlight.current = true;
    mutation.reset();
    mutation.mutate({ body: valid, key: attempt.keyFor(`${intent}:${JSON.stringify(valid)}`) });
  };

  return { mutation, handleSubmit };
}
