import { useCallback, useEffect, useRef, useState } from "react";

/**
 * The browser's Web Speech API for the live sessions: speech recognition (Chrome/Edge/Safari name it
 * `webkitSpeechRecognition`; Firefox has none) and speech synthesis for reading questions aloud. Both are
 * optional: callers hide their buttons when `supported` is false.
 */

interface RecognitionAlternative {
  transcript: string;
}
interface RecognitionResult {
  readonly isFinal: boolean;
  readonly length: number;
  [index: number]: RecognitionAlternative;
}
interface RecognitionEvent extends Event {
  readonly resultIndex: number;
  readonly results: { readonly length: number; [index: number]: RecognitionResult };
}
interface RecognitionErrorEvent extends Event {
  readonly error: string;
}
interface Recognition extends EventTarget {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((event: RecognitionEvent) => void) | null;
  onerror: ((event: RecognitionErrorEvent) => void) | null;
  onend: (() => void) | null;
  onstart: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}
type RecognitionConstructor = new () => Recognition;

function recognitionConstructor(): RecognitionConstructor | null {
  if (typeof window === "undefined") return null;
  const w = window as unknown as {
    SpeechRecognition?: RecognitionConstructor;
    webkitSpeechRecognition?: RecognitionConstructor;
  };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

export const speechRecognitionSupported = () => recognitionConstructor() !== null;

/** Why listening stopped: the microphone was refused, no microphone, the speech service failed. */
export type RecognitionProblem = "denied" | "noMic" | "failed";

/** Restarts within this window count towards the limit below (a broken service would otherwise spin). */
const RESTART_WINDOW_MS = 10_000;
const RESTART_LIMIT = 5;

/**
 * Dictation: `start()` asks for the microphone and listens until `stop()`; recognized speech arrives as
 * interim text (replaced as it firms up; "" when nothing is pending) and final text (once per phrase).
 * Browsers end a recognition after a pause or a minute: it is restarted while the caller still listens.
 */
export function useSpeechRecognition({
  lang,
  onInterim,
  onFinal,
}: {
  lang: string;
  onInterim: (text: string) => void;
  onFinal: (text: string) => void;
}) {
  const [supported] = useState(speechRecognitionSupported);
  const [listening, setListening] = useState(false);
  const [problem, setProblem] = useState<RecognitionProblem | null>(null);
  const recognition = useRef<Recognition | null>(null);
  const wanted = useRef(false);
  const restarts = useRef<number[]>([]);
  const callbacks = useRef({ onInterim, onFinal });
  callbacks.current = { onInterim, onFinal };

  const stop = useCallback(() => {
    wanted.current = false;
    const r = recognition.current;
    recognition.current = null;
    if (r) {
      r.onend = null;
      r.onresult = null;
      r.onerror = null;
      try {
        r.stop();
      } catch {
        // not started
      }
    }
    setListening(false);
    callbacks.current.onInterim("");
  }, []);

  const begin = useCallback(() => {
    const Ctor = recognitionConstructor();
    if (!Ctor) return;
    const r = new Ctor();
    r.lang = lang;
    r.continuous = true;
    r.interimResults = true;
    r.onresult = (event) => {
      let interim = "";
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i];
        const text = result?.[0]?.transcript ?? "";
        if (!result || !text) continue;
        if (result.isFinal) {
          const final = text.trim();
          if (final) callbacks.current.onFinal(final);
        } else interim += text;
      }
      callbacks.current.onInterim(interim.trim());
    };
    r.onerror = (event) => {
      if (event.error === "no-speech" || event.error === "aborted") return;
      wanted.current = false;
      setProblem(
        event.error === "not-allowed" || event.error === "service-not-allowed"
          ? "denied"
          : event.error === "audio-capture"
            ? "noMic"
            : "failed",
      );
    };
    r.onend = () => {
      callbacks.current.onInterim("");
      const now = Date.now();
      restarts.current = restarts.current.filter((at) => now - at < RESTART_WINDOW_MS);
      if (wanted.current && recognition.current === r && restarts.current.length < RESTART_LIMIT) {
        restarts.current.push(now);
        try {
          r.start();
          return;
        } catch {
          // fall through: stopped
        }
      }
      if (recognition.current === r) recognition.current = null;
      wanted.current = false;
      setListening(false);
    };
    recognition.current = r;
    try {
      r.start();
      setListening(true);
    } catch {
      recognition.current = null;
      wanted.current = false;
      setProblem("failed");
    }
  }, [lang]);

  const start = useCallback(() => {
    if (recognition.current) return;
    wanted.current = true;
    restarts.current = [];
    setProblem(null);
    begin();
  }, [begin]);

  const toggle = useCallback(() => (recognition.current ? stop() : start()), [start, stop]);

  // Leaving the page stops the microphone.
  useEffect(() => stop, [stop]);

  return { supported, listening, problem, start, stop, toggle };
}

export const speechSynthesisSupported = () =>
  typeof window !== "undefined" && "speechSynthesis" in window && typeof SpeechSynthesisUtterance !== "undefined";

/** Reads `text` aloud in `lang`, interrupting whatever was being read. */
export function speak(text: string, lang: string): void {
  if (!speechSynthesisSupported()) return;
  const synth = window.speechSynthesis;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  const voices = synth.getVoices();
  const base = lang.split("-")[0] ?? lang;
  const voice =
    voices.find((v) => v.lang.replace("_", "-") === lang) ??
    voices.find((v) => v.lang.replace("_", "-").split("-")[0] === base);
  if (voice) utterance.voice = voice;
  synth.speak(utterance);
}

export function stopSpeaking(): void {
  if (speechSynthesisSupported()) window.speechSynthesis.cancel();
}
