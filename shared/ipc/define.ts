import { z } from 'zod';

/**
 * A channel is a query (reads) or a command (writes). Commands make the main
 * process push `<domain>:changed` so open views refresh.
 */
export type ChannelKind = 'query' | 'command';

export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType, K extends ChannelKind = ChannelKind> {
  kind: K;
  input: I;
  output: O;
}

export const query = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelDef<I, O, 'query'> => ({
  kind: 'query',
  input,
  output,
});

export const command = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelDef<I, O, 'command'> => ({
  kind: 'command',
  input,
  output,
});

export const noInput = z.object({}).strict();
