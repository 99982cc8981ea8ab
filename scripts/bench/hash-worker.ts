// A Worker that hashes `?n=` passwords with the production code, so scripts/bench.ts can time PBKDF2 in workerd.
import { hashPassword } from "../../worker/lib/password";

export default {
  async fetch(request: Request): Promise<Response> {
    const n = Number(new URL(request.url).searchParams.get("n") ?? 0);
    for (let i = 0; i < n; i++) await hashPassword(`correct horse battery ${i}`, "bench-pepper");
    return new Response("ok");
  },
};
