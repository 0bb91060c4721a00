import { describe, expect, it } from 'vitest';
import { Checkboxes, Radios } from './choices.tsx';

const options = [
  { value: 'a', label: 'A' },
  { value: 'b', label: 'B' },
];

describe('the choice controls', () => {
  it('describe their fieldset by the hint and the error, so a screen reader reads both with the legend', async () => {
    const html = await (<Checkboxes name="kinds" legend="Kinds" options={options} values={['a']} hint="Tick all" error="Tick one" />);
    expect(html).toContain('<fieldset class="govuk-fieldset" id="kinds" aria-describedby="kinds-hint kinds-error">');
    expect(html).toContain('<div class="govuk-hint" id="kinds-hint">Tick all</div>');
    expect(html).toContain('<p class="govuk-error-message" id="kinds-error">Tick one</p>');
    const radios = await (<Radios name="kind" legend="Kind" options={options} value="" error="Choose one" />);
    expect(radios).toContain('<fieldset class="govuk-fieldset" id="kind" aria-describedby="kind-error">');
    expect(radios).toContain('<p class="govuk-error-message" id="kind-error">Choose one</p>');
  });

  it('add no description when there is nothing to describe', async () => {
    const radios = await (<Radios name="kind" legend="Kind" options={options} value="a" />);
    expect(radios).toContain('<fieldset class="govuk-fieldset" id="kind">');
    expect(radios).toContain('checked');
  });
});
