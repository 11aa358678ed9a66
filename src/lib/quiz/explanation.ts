/** How an explanation is shown: without the bold "Explanation:" label that authors write to mark it. */

const label = /^\s*(\*\*|__)\s*explanation\s*(?::\s*\1|\1\s*:)[ \t]*(?:\n\s*)?/i;

/** The explanation without a leading `**Explanation:**`, `__Explanation:__` or `**Explanation**:` label. */
export function displayExplanation(text: string): string {
  return text.replace(label, '').trim();
}
