/**
 * The two pages a password-stage session may reach (besides sign-out and the language switcher): the second
 * sign-in step for users with an authenticator, and enrolment for users whose roles require one they lack.
 * Kept apart from the handlers so the request gate can name them without importing the pages.
 */
export const SECOND_STEP_PAGE = '/sign-in/two-factor';
export const ENROL_PAGE = '/account/two-factor';
