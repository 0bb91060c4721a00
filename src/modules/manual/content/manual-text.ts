/** One section of a manual in one language: a short title and plain text (paragraphs split by blank lines, `- ` lists). */
export type ManualSectionText = { title: string; body: string };
