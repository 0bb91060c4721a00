import { AppError } from '../../platform/http/errors.ts';

/** Failures of the administration pages, with stable codes; the pages turn most of them into field errors. */
export const adminErrors = {
  unitNotFound: () => new AppError('admin.unit_not_found', 404, 'error.notFound.title'),
  userNotFound: () => new AppError('admin.user_not_found', 404, 'error.notFound.title'),
  tokenNotFound: () => new AppError('admin.token_not_found', 404, 'error.notFound.title'),
  staleVersion: () => new AppError('admin.stale_version', 409, 'error.conflict.body'),
  unitCodeTaken: () => new AppError('admin.unit_code_taken', 400, 'admin.units.codeTaken'),
  unitCycle: () => new AppError('admin.unit_cycle', 400, 'admin.units.cycle'),
  regimeOnlyColony: () => new AppError('admin.regime_only_colony', 400, 'admin.units.regimeOnlyColony'),
  unknownParent: () => new AppError('admin.unknown_parent', 400, 'error.validation'),
  unknownTerritory: () => new AppError('admin.unknown_territory', 400, 'error.validation'),
  notServiceAccount: () => new AppError('admin.not_service_account', 400, 'error.validation'),
};

/** Which form field each failure belongs to, so the page can show it beside that field. */
export const ADMIN_ERROR_FIELDS: Record<string, string> = {
  'admin.unit_code_taken': 'code',
  'admin.unit_cycle': 'parentCode',
  'admin.regime_only_colony': 'regime',
  'admin.unknown_parent': 'parentCode',
  'admin.unknown_territory': 'territoryCode',
  'admin.not_service_account': 'userId',
};
