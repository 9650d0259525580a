/* Natives the image's class library (the builder JDK, Temurin 25.0.3) declares but Debian's 25.0.2 static
 * libraries do not define, and the management interface libmanagement_ext asks the VM for when it loads. */
#include <jni.h>
#include <stddef.h>
#include <sys/stat.h>
#include <unistd.h>

/* java.io.Console.ttyStatus (25.0.3 replaced istty): one bit per standard stream that is a character device. */
JNIEXPORT jint JNICALL Java_java_io_Console_ttyStatus(JNIEnv *env, jclass cls) {
    static const int masks[] = {0x1, 0x2, 0x4}; /* TTY_STDIN_MASK, TTY_STDOUT_MASK, TTY_STDERR_MASK */
    jint status = 0;
    for (int fd = 0; fd < 3; fd++) {
        struct stat info;
        if (fstat(fd, &info) == 0 && S_ISCHR(info.st_mode)) {
            status |= masks[fd];
        }
    }
    return status;
}

/* libmanagement_ext's JNI_OnLoad asks for HotSpot's management table and reads its version; svm implements the
 * management beans in Java, so the table only has to answer that one question. Its layout starts with two reserved
 * pointers and GetVersion (jmm.h); the rest stays NULL and is never called. */
#define JMM_VERSION_4 0x20040000

static jint JNICALL management_version(JNIEnv *env) {
    return JMM_VERSION_4;
}

static struct {
    void *reserved1;
    void *reserved2;
    jint(JNICALL *GetVersion)(JNIEnv *env);
    void *unused[96];
} management_table = {NULL, NULL, management_version, {NULL}};

JNIEXPORT void *JNICALL JVM_GetManagement(jint version) {
    return &management_table;
}
