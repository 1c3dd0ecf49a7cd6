/** The Chinese of the import's messages (summaries, phases, row problems), part of src/shared/messages-zh.ts. */
export const zhImportMessages: Record<string, string> = {};
