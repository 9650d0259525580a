/* AMD64 CPU feature detection (cpuid + xgetbv) and the start-up check against the build-time feature mask. */
#include <cpuid.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include "amd64cpufeatures.h"

#define BIT(reg, n) (((reg) >> (n)) & 1u)

/* XCR0 state-component bits that the OS must enable before AVX / AVX-512 / APX may be used. */
#define XSTATE_SSE_AVX   0x6u    /* XMM | YMM */
#define XSTATE_AVX512    0xE0u   /* opmask | ZMM_Hi256 | Hi16_ZMM */
#define XSTATE_APX       0x80000u

typedef struct { unsigned a, b, c, d; } regs_t;

static regs_t leaf(unsigned l, unsigned sub) {
  regs_t r = {0, 0, 0, 0};
  __cpuid_count(l, sub, r.a, r.b, r.c, r.d);
  return r;
}

static uint64_t read_xcr0(void) {
  unsigned lo, hi;
  __asm__ volatile(".byte 0x0f, 0x01, 0xd0" : "=a"(lo), "=d"(hi) : "c"(0)); /* xgetbv */
  return ((uint64_t)hi << 32) | lo;
}

void determineCPUFeatures(CPUFeatures *f) {
  memset(f, 0, sizeof(*f));
  unsigned vendor_ebx = 0;
  unsigned max_std = __get_cpuid_max(0, &vendor_ebx);
  if (max_std < 1) return;
  unsigned max_ext = __get_cpuid_max(0x80000000u, NULL);

  regs_t l1 = leaf(1, 0);
  regs_t l7 = max_std >= 7 ? leaf(7, 0) : (regs_t){0, 0, 0, 0};
  regs_t l7s1 = (max_std >= 7 && l7.a >= 1) ? leaf(7, 1) : (regs_t){0, 0, 0, 0};
  regs_t e1 = max_ext >= 0x80000001u ? leaf(0x80000001u, 0) : (regs_t){0, 0, 0, 0};
  regs_t e7 = max_ext >= 0x80000007u ? leaf(0x80000007u, 0) : (regs_t){0, 0, 0, 0};

  /* OS support for extended register state: only trust AVX bits when OSXSAVE is set and XCR0 enables the state. */
  uint64_t xcr0 = BIT(l1.c, 27) ? read_xcr0() : 0;
  int os_avx = (xcr0 & XSTATE_SSE_AVX) == XSTATE_SSE_AVX;
  int os_avx512 = os_avx && (xcr0 & XSTATE_AVX512) == XSTATE_AVX512;
  int os_apx = (xcr0 & XSTATE_APX) != 0;

  /* leaf 1 EDX */
  f->fTSC = BIT(l1.d, 4);
  f->fCX8 = BIT(l1.d, 8);
  f->fCMOV = BIT(l1.d, 15);
  f->fFLUSH = BIT(l1.d, 19);
  f->fMMX = BIT(l1.d, 23);
  f->fFXSR = BIT(l1.d, 24);
  f->fSSE = BIT(l1.d, 25);
  f->fSSE2 = BIT(l1.d, 26);
  f->fHT = BIT(l1.d, 28);
  /* leaf 1 ECX */
  f->fSSE3 = BIT(l1.c, 0);
  f->fCLMUL = BIT(l1.c, 1);
  f->fSSSE3 = BIT(l1.c, 9);
  f->fSSE4_1 = BIT(l1.c, 19);
  f->fSSE4_2 = BIT(l1.c, 20);
  f->fPOPCNT = BIT(l1.c, 23);
  f->fAES = BIT(l1.c, 25);
  f->fHV = BIT(l1.c, 31);
  if (os_avx) {
    f->fAVX = BIT(l1.c, 28);
    f->fVZEROUPPER = f->fAVX; /* HotSpot pairs VZEROUPPER with AVX */
    f->fFMA = BIT(l1.c, 12) && f->fAVX;
    f->fF16C = BIT(l1.c, 29) && f->fAVX;
  }
  /* leaf 7.0 */
  f->fBMI1 = BIT(l7.b, 3);
  f->fERMS = BIT(l7.b, 9);
  f->fRTM = BIT(l7.b, 11);
  f->fBMI2 = BIT(l7.b, 8);
  f->fADX = BIT(l7.b, 19);
  f->fFLUSHOPT = BIT(l7.b, 23);
  f->fCLWB = BIT(l7.b, 24);
  f->fSHA = BIT(l7.b, 29);
  f->fPKU = BIT(l7.c, 3);
  f->fOSPKE = BIT(l7.c, 4);
  f->fCET_SS = BIT(l7.c, 7);
  f->fGFNI = BIT(l7.c, 8);
  f->fRDPID = BIT(l7.c, 22);
  f->fFSRM = BIT(l7.d, 4);
  f->fSERIALIZE = BIT(l7.d, 14);
  f->fCET_IBT = BIT(l7.d, 20);
  f->fSHA512 = BIT(l7s1.a, 0) && os_avx;
  if (os_avx) {
    f->fAVX2 = BIT(l7.b, 5);
    f->fAVX_IFMA = BIT(l7s1.a, 23);
  }
  if (os_avx512) {
    f->fAVX512F = BIT(l7.b, 16);
    if (f->fAVX512F) {
      f->fAVX512DQ = BIT(l7.b, 17);
      f->fAVX512_IFMA = BIT(l7.b, 21);
      f->fAVX512PF = BIT(l7.b, 26);
      f->fAVX512ER = BIT(l7.b, 27);
      f->fAVX512CD = BIT(l7.b, 28);
      f->fAVX512BW = BIT(l7.b, 30);
      f->fAVX512VL = BIT(l7.b, 31);
      f->fAVX512_VBMI = BIT(l7.c, 1);
      f->fAVX512_VBMI2 = BIT(l7.c, 6);
      f->fAVX512_VAES = BIT(l7.c, 9);
      f->fAVX512_VPCLMULQDQ = BIT(l7.c, 10);
      f->fAVX512_VNNI = BIT(l7.c, 11);
      f->fAVX512_BITALG = BIT(l7.c, 12);
      f->fAVX512_VPOPCNTDQ = BIT(l7.c, 14);
      f->fAVX512_FP16 = BIT(l7.d, 23);
    }
    /* AVX10: the leaf-7.1 EDX bit says leaf 0x24 exists; its EBX[7:0] is the converged ISA version. */
    if (BIT(l7s1.d, 19) && max_std >= 0x24) {
      unsigned ver = leaf(0x24, 0).b & 0xffu;
      f->fAVX10_1 = ver >= 1;
      f->fAVX10_2 = ver >= 2;
    }
  }
  f->fAPX_F = BIT(l7s1.d, 21) && os_apx;
  /* extended leaves */
  f->fLZCNT = BIT(e1.c, 5);
  f->fSSE4A = BIT(e1.c, 6);
  f->fAMD_3DNOW_PREFETCH = BIT(e1.c, 8) || BIT(e1.d, 31);
  f->fRDTSCP = BIT(e1.d, 27);
  f->fTSCINV_BIT = BIT(e7.d, 8);
  /* Invariant TSC is only trusted on the vendors HotSpot trusts it on (Intel, AMD, Hygon). */
  if (f->fTSCINV_BIT && (vendor_ebx == 0x756e6547u /* Genu */ || vendor_ebx == 0x68747541u /* Auth */ ||
                         vendor_ebx == 0x6f677948u /* Hygo */)) {
    f->fTSCINV = 1;
  }
}

/* The mask is the struct rounded up to 8 bytes: 0xFE where the image needs the feature, 0xFF elsewhere.
 * A feature is missing when (runtime byte | mask byte) is not all ones. Returns 0 if all are present. */
int checkCPUFeatures(const unsigned char *mask) {
  enum { MASK_LEN = (sizeof(CPUFeatures) + 7) & ~(size_t)7 };
  unsigned char present[MASK_LEN];
  memset(present, 0, sizeof(present));
  determineCPUFeatures((CPUFeatures *)present);
  int missing = 0;
  for (size_t i = 0; i < MASK_LEN; i++) {
    if ((unsigned char)(present[i] | mask[i]) != 0xFFu) missing++;
  }
  return missing;
}

/* Start-up variant: prints the image's message and terminates when the CPU lacks a build-time feature. */
int checkCPUFeaturesOrExit(const unsigned char *mask, const char *errorMessage) {
  int missing = checkCPUFeatures(mask);
  if (missing != 0) {
    if (errorMessage != NULL) {
      ssize_t unused = write(2, errorMessage, strlen(errorMessage));
      (void)unused;
    }
    exit(1);
  }
  return 0;
}
