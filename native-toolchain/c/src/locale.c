/* Default-locale discovery for LocaleCHelper: parses the POSIX locale names of LC_CTYPE and LC_MESSAGES into Java terms. */
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include "svm_locale.h"

static svm_locale_props_t props;

/* Small name tables (key, value pairs, NULL-terminated): old/alias POSIX names -> Java/BCP47 names. */
static const char *const lang_map[] = {
  "C", "en", "POSIX", "en", "iw", "he", "in", "id", "ji", "yi", "english", "en", "french", "fr", "german", "de",
  "spanish", "es", "italian", "it", "japanese", "ja", "korean", "ko", "chinese", "zh",
  "russian", "ru", "portuguese", "pt", "polish", "pl", "swedish", "sv", "dutch", "nl",
  "czech", "cs", "cz", "cs", "greek", "el", "hebrew", "he", "turkish", "tr", "nb", "nb", NULL};
static const char *const country_map[] = {"YU", "CS", NULL};
static const char *const script_map[] = {
  "cyrillic", "Cyrl", "devanagari", "Deva", "iqtelif", "Latn", "latin", "Latn",
  "Arab", "Arab", "Cyrl", "Cyrl", "Deva", "Deva", "Ethi", "Ethi", "Hans", "Hans", "Hant", "Hant",
  "Latn", "Latn", "Sinh", "Sinh", "Thai", "Thai", "Tibt", "Tibt", NULL};
static const char *const variant_map[] = {"nynorsk", "NY", NULL};
/* Bare language aliases that imply a country (JDK convention for a few common ones). */
static const char *const alias_map[] = {"en", "en_US", "ja", "ja_JP", "ko", "ko_KR", "zh", "zh_CN", NULL};

static const char *lookup(const char *const *map, const char *key) {
  for (int i = 0; map[i] != NULL; i += 2) {
    if (strcmp(map[i], key) == 0) return map[i + 1];
  }
  return NULL;
}

/* Returns a heap copy (tables are static, but the Java side only reads, so both kinds may be stored). */
static char *dup_or_null(const char *s, int *oom) {
  if (s == NULL || *s == '\0') return NULL;
  char *d = strdup(s);
  if (d == NULL) *oom = 1;
  return d;
}

/* Splits language_COUNTRY.encoding@modifier; "C"/"POSIX"/unset mean en_US as in HotSpot. */
static int parse_category(int category, char **language, char **script, char **country, char **variant) {
  const char *name = setlocale(category, NULL);
  if (name == NULL || strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0) name = "en_US";

  char buf[256];
  strncpy(buf, name, sizeof(buf) - 1);
  buf[sizeof(buf) - 1] = '\0';

  char *modifier = strchr(buf, '@');
  if (modifier != NULL) *modifier++ = '\0';
  char *encoding = strchr(buf, '.');
  if (encoding != NULL) *encoding = '\0';

  const char *aliased = lookup(alias_map, buf);
  char base[256];
  strncpy(base, aliased != NULL ? aliased : buf, sizeof(base) - 1);
  base[sizeof(base) - 1] = '\0';

  char *ctry = strchr(base, '_');
  if (ctry != NULL) *ctry++ = '\0';

  int oom = 0;
  const char *lang = lookup(lang_map, base);
  *language = dup_or_null(lang != NULL ? lang : (base[0] != '\0' ? base : "en"), &oom);
  if (ctry != NULL) {
    const char *c = lookup(country_map, ctry);
    *country = dup_or_null(c != NULL ? c : ctry, &oom);
  }
  /* Only modifiers that name a script or a known variant matter; "@euro" etc. are dropped. */
  if (modifier != NULL) {
    *script = dup_or_null(lookup(script_map, modifier), &oom);
    *variant = dup_or_null(lookup(variant_map, modifier), &oom);
  }
  return oom ? SVM_LOCALE_INITIALIZATION_OUT_OF_MEMORY : SVM_LOCALE_INITIALIZATION_SUCCEEDED;
}

int svm_initialize_locale(void) {
  /* Like the java launcher: adopt the environment's locale (LANG, LC_*) for the process. */
  setlocale(LC_ALL, "");
  int r = parse_category(LC_CTYPE, &props.format_language, &props.format_script, &props.format_country,
                         &props.format_variant);
  if (r == SVM_LOCALE_INITIALIZATION_SUCCEEDED) {
    r = parse_category(LC_MESSAGES, &props.display_language, &props.display_script, &props.display_country,
                       &props.display_variant);
  }
  return r;
}

svm_locale_props_t *svm_get_locale(void) {
  return &props;
}
