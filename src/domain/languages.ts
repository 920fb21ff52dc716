import { z } from 'zod';

/** Languages with reply templates. Others are detected and answered in English. */
export const TEMPLATE_LANGUAGES = ['en', 'es', 'fr', 'de', 'fa', 'ar'] as const;
export const TemplateLanguage = z.enum(TEMPLATE_LANGUAGES);
export type TemplateLanguage = z.infer<typeof TemplateLanguage>;

/** ISO 639-1 code, lower case ("en", "fa"); "und" when unknown. */
export const LanguageCode = z.string().regex(/^([a-z]{2}|und)$/);
