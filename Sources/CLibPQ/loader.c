// Fills the RapportPQ table from libpq.so.5 with dlopen/dlsym, once.
#include "CLibPQ.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const RapportPQ *rapport_pq_api = NULL;

static RapportPQ table;
static char load_error[512];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static int resolve(void *library, const char *name, void **slot) {
    *slot = dlsym(library, name);
    if (*slot == NULL) {
        snprintf(load_error, sizeof load_error, "%s has no %s", "libpq", name);
        return 0;
    }
    return 1;
}

static void load(void) {
    const char *name = getenv("RAPPORT_LIBPQ");
    if (name == NULL || name[0] == '\0') name = "libpq.so.5";
    void *library = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *why = dlerror();
        snprintf(load_error, sizeof load_error, "%s", why != NULL ? why : name);
        return;
    }
    RapportPQ loaded;
    int ok = 1;
#define RESOLVE(field, symbol) ok = ok && resolve(library, symbol, (void **)&loaded.field)
    RESOLVE(connectdb, "PQconnectdb");
    RESOLVE(status, "PQstatus");
    RESOLVE(errorMessage, "PQerrorMessage");
    RESOLVE(finish, "PQfinish");
    RESOLVE(db, "PQdb");
    RESOLVE(host, "PQhost");
    RESOLVE(user, "PQuser");
    RESOLVE(setNoticeProcessor, "PQsetNoticeProcessor");
    RESOLVE(exec, "PQexec");
    RESOLVE(execParams, "PQexecParams");
    RESOLVE(resultStatus, "PQresultStatus");
    RESOLVE(clear, "PQclear");
    RESOLVE(putCopyData, "PQputCopyData");
    RESOLVE(putCopyEnd, "PQputCopyEnd");
    RESOLVE(getResult, "PQgetResult");
    RESOLVE(consumeInput, "PQconsumeInput");
    RESOLVE(notifies, "PQnotifies");
    RESOLVE(freemem, "PQfreemem");
    RESOLVE(backendPID, "PQbackendPID");
    RESOLVE(reset, "PQreset");
    RESOLVE(resultErrorField, "PQresultErrorField");
    RESOLVE(ntuples, "PQntuples");
    RESOLVE(nfields, "PQnfields");
    RESOLVE(fname, "PQfname");
    RESOLVE(getvalue, "PQgetvalue");
    RESOLVE(getisnull, "PQgetisnull");
#undef RESOLVE
    if (!ok) {
        dlclose(library);
        return;
    }
    table = loaded;
    __atomic_store_n(&rapport_pq_api, &table, __ATOMIC_RELEASE);
}

int rapport_pq_load(void) {
    pthread_once(&once, load);
    return __atomic_load_n(&rapport_pq_api, __ATOMIC_ACQUIRE) != NULL;
}

const char *rapport_pq_load_error(void) {
    return load_error;
}
