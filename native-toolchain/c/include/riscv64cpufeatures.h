/* Interface header for RISCV64LibCHelper$CPUFeatures: the builder reads its layout on every platform; never filled on amd64. */
#ifndef SVMRT_RISCV64CPUFEATURES_H
#define SVMRT_RISCV64CPUFEATURES_H

/* Field names are the Java @CField method names, one byte each. */
typedef struct {
  char fI;
  char fM;
  char fA;
  char fF;
  char fD;
  char fC;
  char fV;
} CPUFeatures;

#endif
