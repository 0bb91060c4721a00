import { AppError } from '../../platform/http/errors.ts';

export const referenceErrors = {
  unitNotFound: () => new AppError('reference.unit_not_found', 404, 'error.notFound.title'),
  staleVersion: (current: number) => new AppError('reference.stale_version', 409, 'error.conflict.body', { currentVersion: current }),
  versionRequired: () => new AppError('reference.version_required', 428, 'reference.versionRequired'),
};
