/* Interface header for LocaleCHelper: result codes of svm_initialize_locale and the svm_locale_props_t struct. */
#ifndef SVMRT_SVM_LOCALE_H
#define SVMRT_SVM_LOCALE_H

/* An enum (not const ints) so the header can be included by several translation units. */
enum {
  SVM_LOCALE_INITIALIZATION_USE_DEFAULT = 0,
  SVM_LOCALE_INITIALIZATION_SUCCEEDED = 1,
  SVM_LOCALE_INITIALIZATION_OUT_OF_MEMORY = 2
};

typedef struct {
  char *format_language;
  char *format_script;
  char *format_country;
  char *format_variant;
  char *display_language;
  char *display_script;
  char *display_country;
  char *display_variant;
} svm_locale_props_t;

int svm_initialize_locale(void);
svm_locale_props_t *svm_get_locale(void);

#endif
