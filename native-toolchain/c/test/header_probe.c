/* Mimics the builder's probe: compiles the installed headers and prints sizeof/offsetof of the names Java reads. */
#include <stddef.h>
#include <stdio.h>
#include "amd64cpufeatures.h"
#include "svm_locale.h"

int main(void) {
  printf("probe: sizeof(CPUFeatures)=%zu fAVX2@%zu size %zu, fAVX10_2@%zu\n", sizeof(CPUFeatures),
         offsetof(CPUFeatures, fAVX2), sizeof(((CPUFeatures *)0)->fAVX2), offsetof(CPUFeatures, fAVX10_2));
  printf("probe: SVM_LOCALE_INITIALIZATION_SUCCEEDED=%d OUT_OF_MEMORY=%d sizeof(svm_locale_props_t)=%zu display_variant@%zu\n",
         SVM_LOCALE_INITIALIZATION_SUCCEEDED, SVM_LOCALE_INITIALIZATION_OUT_OF_MEMORY, sizeof(svm_locale_props_t),
         offsetof(svm_locale_props_t, display_variant));
  return 0;
}
