import type { I18n } from '../../../../platform/i18n/translator.ts';
import { Tag } from '../../../../platform/views/components.tsx';
import type { InstrumentVersionRow } from '../../instruments/instruments.repository.ts';

/** Pieces the instrument administration pages share. */

export const instrumentHref = (code: string) => `/admin/instruments/${encodeURIComponent(code)}`;
export const versionHref = (code: string, version: number, action = '') =>
  `${instrumentHref(code)}/versions/${version}${action ? `/${action}` : ''}`;

const STATUS_COLOURS = { draft: 'blue', published: 'green', retired: 'grey' } as const;

export function VersionStatus(props: { t: I18n['t']; status: InstrumentVersionRow['status'] }): JSX.Element {
  return <Tag text={props.t(`instrumentAdmin.status.${props.status}`)} colour={STATUS_COLOURS[props.status]} />;
}

/** A success banner after a redirect ("published", "retired"…); nothing when there is nothing to say. */
export function Notice({ text }: { text: string | undefined }): JSX.Element {
  if (!text) return '';
  return (
    <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading" safe>
          {text}
        </p>
      </div>
    </div>
  );
}
