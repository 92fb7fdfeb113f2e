/**
 * "Rewrite with AI": sends a segment's brief to an OpenAI-compatible /chat/completions
 * endpoint (LLM_API_URL, LLM_API_KEY, optional LLM_MODEL). Never required: without the
 * variables the feature says so and everything else works.
 */
import { badInput, conflict } from '../phrasing/user-errors.js';
import type { StoredSegment } from './segment-store.js';

export interface LlmConfig {
  url: string;
  key: string;
  model: string;
}

const TIMEOUT_MS = 30_000;

export function chatCompletionsUrl(base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return trimmed.endsWith('/chat/completions') ? trimmed : `${trimmed}/chat/completions`;
}

export function rewritePrompt(segment: StoredSegment, brief: string): { role: string; content: string }[] {
  const facts = segment.profile
    .filter((p) => segment.distinctive.includes(p.feature))
    .map((p) =>
      p.kind === 'NUMERIC'
        ? `${p.label}: mean ${p.mean?.toFixed(1)} vs ${p.overallMean?.toFixed(1)} overall`
        : `${p.label}: ${p.level} for ${Math.round((p.share ?? 0) * 100)}% vs ${Math.round((p.overallShare ?? 0) * 100)}% overall`,
    );
  return [
    {
      role: 'system',
      content:
        'You are a marketing copywriter. Rewrite the message brief you are given into a clear, friendly brief for a campaign team (at most 120 words). ' +
        'Keep every fact and number as given; do not invent products, channels or figures.',
    },
    {
      role: 'user',
      content: `Segment: ${segment.name} (${segment.size} customers). ${segment.description}\nWhat sets them apart: ${facts.join('; ')}\n\nBrief:\n${brief}`,
    },
  ];
}

export async function rewriteBrief(config: LlmConfig | null, segment: StoredSegment, brief: string): Promise<string> {
  if (!config) throw badInput('error.ai.notSetUp');
  let response: Response;
  try {
    response = await fetch(chatCompletionsUrl(config.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${config.key}` },
      body: JSON.stringify({ model: config.model, messages: rewritePrompt(segment, brief), temperature: 0.4 }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    throw conflict('error.ai.unreachable');
  }
  if (!response.ok) throw conflict('error.ai.status', { status: response.status });
  const body = (await response.json().catch(() => null)) as { choices?: { message?: { content?: unknown } }[] } | null;
  const text = body?.choices?.[0]?.message?.content;
  if (typeof text !== 'string' || text.trim() === '') throw conflict('error.ai.empty');
  return text.trim();
}
