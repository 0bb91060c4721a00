/**
 * A section's plain text as paragraphs and bullet lists: a blank line starts a paragraph, a line starting with
 * "- " is a list item. Everything is escaped; no markup is ever taken from the text.
 */
export function ManualText({ body }: { body: string }): JSX.Element {
  const blocks = body.split(/\n\s*\n/).map((block) =>
    block
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  );
  return (
    <>
      {blocks.map((lines) => {
        const items = lines.filter((line) => line.startsWith('- '));
        const text = lines.filter((line) => !line.startsWith('- '));
        return (
          <>
            {text.length > 0 ? (
              <p class="govuk-body" safe>
                {text.join(' ')}
              </p>
            ) : (
              ''
            )}
            {items.length > 0 ? (
              <ul class="govuk-list govuk-list--bullet">
                {items.map((item) => (
                  <li safe>{item.slice(2)}</li>
                ))}
              </ul>
            ) : (
              ''
            )}
          </>
        );
      })}
    </>
  );
}
