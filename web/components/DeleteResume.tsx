import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { analysisApi, analysisKeys, type ResumeSummary } from "../api-client/analysis.ts";
import { isApiError } from "../api-client/client.ts";
import { useT } from "../i18n/index.tsx";
import { ConfirmDialog } from "./ConfirmDialog.tsx";
import { Alert, secondaryButtonClass } from "./form.tsx";

/** "Delete" with a confirmation dialog; the résumé (and its stored file) is removed on the server. */
export function DeleteResume({
  resume,
  variant,
  onDeleted,
}: {
  resume: Pick<ResumeSummary, "id" | "filename">;
  variant: "link" | "button";
  onDeleted?: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const remove = useMutation({
    mutationFn: () => analysisApi.deleteResume(resume.id),
    onSuccess: () => {
      setOpen(false);
      queryClient.removeQueries({ queryKey: analysisKeys.resume(resume.id) });
      void queryClient.invalidateQueries({ queryKey: analysisKeys.resumes });
      onDeleted?.();
    },
    onError: (error) => {
      // Already gone: the list just needs refreshing.
      if (isApiError(error) && error.status === 404) {
        setOpen(false);
        void queryClient.invalidateQueries({ queryKey: analysisKeys.resumes });
        onDeleted?.();
      }
    },
  });
  return (
    <>
      <button
        type="button"
        className={
          variant === "link"
            ? "font-semibold text-red-700 hover:text-red-600 hover:underline focus-visible:outline-2 focus-visible:outline-red-600"
            : `${secondaryButtonClass} text-red-700`
        }
        aria-label={t("resumes.delete.label", { name: resume.filename })}
        onClick={() => {
          remove.reset();
          setOpen(true);
        }}
      >
        {t("resumes.delete")}
      </button>
      <ConfirmDialog
        open={open}
        tone="danger"
        title={t("resumes.delete.title")}
        body={t("resumes.delete.body", { name: resume.filename })}
        confirmLabel={t("resumes.delete.confirm")}
        pendingLabel={t("resumes.delete.pending")}
        pending={remove.isPending}
        onConfirm={() => {
          if (!remove.isPending) remove.mutate();
        }}
        onClose={() => setOpen(false)}
      >
        {remove.isError ? <Alert tone="error">{remove.error.message}</Alert> : null}
      </ConfirmDialog>
    </>
  );
}
