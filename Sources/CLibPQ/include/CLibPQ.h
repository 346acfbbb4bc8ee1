// libpq, loaded at run time: the types and constants come from libpq-fe.h,
// the functions are called through a table filled by dlopen/dlsym the first
// time a team database is opened, so a personal (SQLite) start never maps
// libpq nor what it pulls in (libssl, libcrypto, Kerberos, LDAP, GnuTLS).
//
// Nothing here is named PQ…: libpq's own calls between its functions must
// resolve to libpq, never to a wrapper in the executable.
#ifndef RAPPORT_CLIBPQ_H
#define RAPPORT_CLIBPQ_H

#include <postgresql/libpq-fe.h>

/// The libpq functions Rapport calls, as loaded from the shared library.
typedef struct RapportPQ {
    PGconn *(*connectdb)(const char *conninfo);
    ConnStatusType (*status)(const PGconn *conn);
    char *(*errorMessage)(const PGconn *conn);
    void (*finish)(PGconn *conn);
    char *(*db)(const PGconn *conn);
    char *(*host)(const PGconn *conn);
    char *(*user)(const PGconn *conn);
    PQnoticeProcessor (*setNoticeProcessor)(PGconn *conn, PQnoticeProcessor proc, void *arg);
    PGresult *(*exec)(PGconn *conn, const char *query);
    PGresult *(*execParams)(PGconn *conn, const char *command, int nParams, const Oid *paramTypes,
                            const char *const *paramValues, const int *paramLengths,
                            const int *paramFormats, int resultFormat);
    ExecStatusType (*resultStatus)(const PGresult *res);
    void (*clear)(PGresult *res);
    int (*putCopyData)(PGconn *conn, const char *buffer, int nbytes);
    int (*putCopyEnd)(PGconn *conn, const char *errormsg);
    PGresult *(*getResult)(PGconn *conn);
    int (*consumeInput)(PGconn *conn);
    PGnotify *(*notifies)(PGconn *conn);
    void (*freemem)(void *ptr);
    int (*backendPID)(const PGconn *conn);
    void (*reset)(PGconn *conn);
    char *(*resultErrorField)(const PGresult *res, int fieldcode);
    int (*ntuples)(const PGresult *res);
    int (*nfields)(const PGresult *res);
    char *(*fname)(const PGresult *res, int field_num);
    char *(*getvalue)(const PGresult *res, int tup_num, int field_num);
    int (*getisnull)(const PGresult *res, int tup_num, int field_num);
} RapportPQ;

/// The loaded table; NULL until `rapport_pq_load` succeeds.
extern const RapportPQ *rapport_pq_api;

/// Loads libpq once (thread-safe): `$RAPPORT_LIBPQ` when set, else
/// "libpq.so.5". Returns 1 when every function was found, 0 otherwise;
/// then `rapport_pq_load_error` says why (the loader's message).
int rapport_pq_load(void);

/// Why the load failed, or "" when it did not.
const char *rapport_pq_load_error(void);

// Wrappers for Swift, valid only after `rapport_pq_load` returned 1.
static inline PGconn *rpq_connectdb(const char *c) { return rapport_pq_api->connectdb(c); }
static inline ConnStatusType rpq_status(const PGconn *c) { return rapport_pq_api->status(c); }
static inline char *rpq_errorMessage(const PGconn *c) { return rapport_pq_api->errorMessage(c); }
static inline void rpq_finish(PGconn *c) { rapport_pq_api->finish(c); }
static inline char *rpq_db(const PGconn *c) { return rapport_pq_api->db(c); }
static inline char *rpq_host(const PGconn *c) { return rapport_pq_api->host(c); }
static inline char *rpq_user(const PGconn *c) { return rapport_pq_api->user(c); }
static inline PQnoticeProcessor rpq_setNoticeProcessor(PGconn *c, PQnoticeProcessor p, void *a) {
    return rapport_pq_api->setNoticeProcessor(c, p, a);
}
static inline PGresult *rpq_exec(PGconn *c, const char *q) { return rapport_pq_api->exec(c, q); }
static inline PGresult *rpq_execParams(PGconn *c, const char *q, int n, const Oid *types,
                                       const char *const *values, const int *lengths,
                                       const int *formats, int resultFormat) {
    return rapport_pq_api->execParams(c, q, n, types, values, lengths, formats, resultFormat);
}
static inline ExecStatusType rpq_resultStatus(const PGresult *r) { return rapport_pq_api->resultStatus(r); }
static inline void rpq_clear(PGresult *r) { rapport_pq_api->clear(r); }
static inline int rpq_putCopyData(PGconn *c, const char *b, int n) { return rapport_pq_api->putCopyData(c, b, n); }
static inline int rpq_putCopyEnd(PGconn *c, const char *m) { return rapport_pq_api->putCopyEnd(c, m); }
static inline PGresult *rpq_getResult(PGconn *c) { return rapport_pq_api->getResult(c); }
static inline int rpq_consumeInput(PGconn *c) { return rapport_pq_api->consumeInput(c); }
static inline PGnotify *rpq_notifies(PGconn *c) { return rapport_pq_api->notifies(c); }
static inline void rpq_freemem(void *p) { rapport_pq_api->freemem(p); }
static inline int rpq_backendPID(const PGconn *c) { return rapport_pq_api->backendPID(c); }
static inline void rpq_reset(PGconn *c) { rapport_pq_api->reset(c); }
static inline char *rpq_resultErrorField(const PGresult *r, int f) { return rapport_pq_api->resultErrorField(r, f); }
static inline int rpq_ntuples(const PGresult *r) { return rapport_pq_api->ntuples(r); }
static inline int rpq_nfields(const PGresult *r) { return rapport_pq_api->nfields(r); }
static inline char *rpq_fname(const PGresult *r, int f) { return rapport_pq_api->fname(r, f); }
static inline char *rpq_getvalue(const PGresult *r, int t, int f) { return rapport_pq_api->getvalue(r, t, f); }
static inline int rpq_getisnull(const PGresult *r, int t, int f) { return rapport_pq_api->getisnull(r, t, f); }

#endif
