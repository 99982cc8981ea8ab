import { useQuery } from "@tanstack/react-query";
import { Fragment, useMemo, useState } from "react";
import { z } from "zod";
import { apiFetch } from "../api-client/client.ts";
import { useI18n } from "../i18n/index.tsx";

// Loose OpenAPI 3.1 shapes: only what this page renders is checked.
const SchemaLike = z.unknown();
const ParameterSchema = z.looseObject({
  name: z.string().optional(),
  in: z.string().optional(),
  required: z.boolean().optional(),
  description: z.string().optional(),
  schema: SchemaLike.optional(),
  $ref: z.string().optional(),
});
const MediaSchema = z.record(z.string(), z.looseObject({ schema: SchemaLike.optional() }));
const OperationSchema = z.looseObject({
  summary: z.string().optional(),
  description: z.string().optional(),
  operationId: z.string().optional(),
  tags: z.array(z.string()).optional(),
  parameters: z.array(ParameterSchema).optional(),
  requestBody: z
    .looseObject({
      description: z.string().optional(),
      required: z.boolean().optional(),
      content: MediaSchema.optional(),
    })
    .optional(),
  responses: z
    .record(z.string(), z.looseObject({ description: z.string().optional(), content: MediaSchema.optional() }))
    .optional(),
});
const OpenApiSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({
    title: z.string().optional(),
    version: z.string().optional(),
    description: z.string().optional(),
  }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
  components: z.looseObject({ schemas: z.record(z.string(), z.unknown()).optional() }).optional(),
  servers: z.array(z.looseObject({ url: z.string() })).optional(),
});
type Operation = z.infer<typeof OperationSchema>;

const METHODS = ["get", "post", "put", "patch", "delete", "head", "options", "trace"] as const;
const METHOD_STYLE: Record<string, string> = {
  get: "bg-sky-100 text-sky-800",
  post: "bg-emerald-100 text-emerald-800",
  put: "bg-amber-100 text-amber-800",
  patch: "bg-violet-100 text-violet-800",
  delete: "bg-red-100 text-red-800",
};

const REF_PREFIX = "#/components/schemas/";
const anchorFor = (name: string) => `schema-${name.replace(/[^A-Za-z0-9_-]/g, "_")}`;

/** Pretty JSON with `$ref`s to component schemas turned into in-page links. */
function Json({ value }: { value: unknown }) {
  const text = JSON.stringify(value, null, 2) ?? "";
  // Split around component refs; the character offset of each part is a stable key.
  const parts: { offset: number; text: string }[] = [];
  let offset = 0;
  for (const part of text.split(/("#\/components\/schemas\/[^"]+")/g)) {
    parts.push({ offset, text: part });
    offset += part.length;
  }
  return (
    <pre className="overflow-x-auto rounded-lg bg-slate-900 p-4 text-slate-100 text-xs leading-5">
      <code>
        {parts.map((part) => {
          const name = part.text.startsWith(`"${REF_PREFIX}`) ? part.text.slice(REF_PREFIX.length + 1, -1) : null;
          return name ? (
            <a key={part.offset} href={`#${anchorFor(name)}`} className="text-sky-300 underline">
              {part.text}
            </a>
          ) : (
            <Fragment key={part.offset}>{part.text}</Fragment>
          );
        })}
      </code>
    </pre>
  );
}

function OperationCard({ path, method, op }: { path: string; method: string; op: Operation }) {
  const { t } = useI18n();
  return (
    <details className="group rounded-xl border border-slate-200 bg-white" id={op.operationId}>
      <summary className="flex cursor-pointer flex-wrap items-center gap-3 px-4 py-3">
        <span
          className={`rounded px-2 py-0.5 font-bold font-mono text-xs uppercase ${METHOD_STYLE[method] ?? "bg-slate-100 text-slate-800"}`}
        >
          {method}
        </span>
        <code className="font-mono font-semibold text-slate-900 text-sm">{path}</code>
        {op.summary ? <span className="text-slate-600 text-sm">{op.summary}</span> : null}
        {op.tags?.map((tag) => (
          <span key={tag} className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-600 text-xs">
            {tag}
          </span>
        ))}
      </summary>
      <div className="space-y-5 border-slate-100 border-t px-4 py-4">
        {op.description ? <p className="whitespace-pre-line text-slate-700 text-sm">{op.description}</p> : null}
        {op.parameters?.length ? (
          <div>
            <h4 className="font-semibold text-slate-900 text-sm">{t("devApi.parameters")}</h4>
            <table className="mt-2 w-full text-left text-sm">
              <tbody>
                {op.parameters.map((p, i) => (
                  <tr key={`${p.in}:${p.name ?? p.$ref ?? i}`} className="border-slate-100 border-t align-top">
                    <td className="py-2 pr-4 font-mono">
                      {p.name ?? p.$ref}
                      {p.required ? <span className="ml-1 text-red-700 text-xs">{t("devApi.required")}</span> : null}
                    </td>
                    <td className="py-2 pr-4 text-slate-500">{p.in}</td>
                    <td className="py-2 text-slate-700">
                      {p.description}
                      {p.schema !== undefined ? (
                        <code className="ml-2 text-slate-500 text-xs">{JSON.stringify(p.schema)}</code>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {op.requestBody ? (
          <div>
            <h4 className="font-semibold text-slate-900 text-sm">
              {t("devApi.requestBody")}
              {op.requestBody.required ? (
                <span className="ml-2 text-red-700 text-xs">{t("devApi.required")}</span>
              ) : null}
            </h4>
            {op.requestBody.description ? (
              <p className="mt-1 text-slate-600 text-sm">{op.requestBody.description}</p>
            ) : null}
            {Object.entries(op.requestBody.content ?? {}).map(([type, media]) => (
              <div key={type} className="mt-2">
                <p className="font-mono text-slate-500 text-xs">{type}</p>
                <Json value={media.schema ?? {}} />
              </div>
            ))}
          </div>
        ) : null}
        {op.responses ? (
          <div>
            <h4 className="font-semibold text-slate-900 text-sm">{t("devApi.responses")}</h4>
            <ul className="mt-2 space-y-3">
              {Object.entries(op.responses).map(([status, res]) => (
                <li key={status}>
                  <p className="text-sm">
                    <span className="font-bold font-mono">{status}</span>{" "}
                    <span className="text-slate-600">{res.description}</span>
                  </p>
                  {Object.entries(res.content ?? {}).map(([type, media]) => (
                    <div key={type} className="mt-1">
                      <p className="font-mono text-slate-500 text-xs">{type}</p>
                      {media.schema !== undefined ? <Json value={media.schema} /> : null}
                    </div>
                  ))}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </details>
  );
}

/** Our own small OpenAPI 3.1 viewer (no CDN scripts). */
export function ApiReference() {
  const { t, locale } = useI18n();
  const [filter, setFilter] = useState("");
  const doc = useQuery({
    queryKey: ["dev", "openapi", locale],
    queryFn: ({ signal }) => apiFetch("/api/v1/openapi.json", { schema: OpenApiSchema, signal }),
  });

  const operations = useMemo(() => {
    if (!doc.data) return [];
    // Show full paths when the document declares a relative server URL such as "/api/v1".
    const server = doc.data.servers?.[0]?.url ?? "";
    const prefix = server.startsWith("/") ? server.replace(/\/$/, "") : "";
    const out: { path: string; method: string; op: Operation }[] = [];
    for (const [rawPath, item] of Object.entries(doc.data.paths)) {
      const path = rawPath.startsWith(prefix) ? rawPath : `${prefix}${rawPath}`;
      for (const method of METHODS) {
        const parsed = OperationSchema.safeParse(item[method]);
        if (item[method] !== undefined && parsed.success) out.push({ path, method, op: parsed.data });
      }
    }
    return out;
  }, [doc.data]);

  const q = filter.trim().toLowerCase();
  const shown = q
    ? operations.filter(
        ({ path, method, op }) =>
          path.toLowerCase().includes(q) ||
          method.includes(q) ||
          (op.summary ?? "").toLowerCase().includes(q) ||
          (op.tags ?? []).some((tag) => tag.toLowerCase().includes(q)),
      )
    : operations;

  return (
    <div className="mx-auto max-w-5xl px-4 py-12 sm:px-6">
      <h1 className="font-bold text-3xl text-slate-900 tracking-tight">{t("devApi.title")}</h1>
      {doc.isPending ? (
        <p className="mt-6 text-slate-600">{t("devApi.loading")}</p>
      ) : doc.isError ? (
        <p role="alert" className="mt-6 rounded-lg border border-red-200 bg-red-50 p-4 text-red-900">
          {t("devApi.error", { message: doc.error.message })}
        </p>
      ) : (
        <>
          <p className="mt-2 text-slate-600">
            {doc.data.info.title} {doc.data.info.version} · OpenAPI {doc.data.openapi} ·{" "}
            {t("devApi.count", { count: operations.length })}
          </p>
          <label className="mt-6 block">
            <span className="sr-only">{t("devApi.filter")}</span>
            <input
              type="search"
              placeholder={t("devApi.filter")}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              className="block w-full rounded-lg border-0 px-3 py-2 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600"
            />
          </label>
          <div className="mt-6 space-y-3">
            {shown.map(({ path, method, op }) => (
              <OperationCard key={`${method} ${path}`} path={path} method={method} op={op} />
            ))}
          </div>
          {doc.data.components?.schemas ? (
            <section className="mt-12">
              <h2 className="font-bold text-2xl text-slate-900">{t("devApi.schemas")}</h2>
              <div className="mt-4 space-y-6">
                {Object.entries(doc.data.components.schemas).map(([name, schema]) => (
                  <div key={name} id={anchorFor(name)} className="scroll-mt-20">
                    <h3 className="font-mono font-semibold text-slate-900">{name}</h3>
                    <div className="mt-2">
                      <Json value={schema} />
                    </div>
                  </div>
                ))}
              </div>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
