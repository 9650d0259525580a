/* Interface header for AArch64LibCHelper$CPUFeatures: the builder reads its layout on every platform; never filled on amd64. */
#ifndef SVMRT_AARCH64CPUFEATURES_H
#define SVMRT_AARCH64CPUFEATURES_H

/* Field names are the Java @CField method names, one byte each. */
typedef struct {
  char fFP;
  char fASIMD;
  char fEVTSTRM;
  char fAES;
  char fPMULL;
  char fSHA1;
  char fSHA2;
  char fCRC32;
  char fLSE;
  char fDCPOP;
  char fSHA3;
  char fSHA512;
  char fSVE;
  char fSVE2;
  char fSTXR_PREFETCH;
  char fA53MAC;
  char fDMB_ATOMICS;
  char fPACA;
  char fSVEBITPERM;
  char fFPHP;
  char fASIMDHP;
} CPUFeatures;

#endif
