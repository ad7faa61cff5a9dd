#ifndef RELAIS_SYSTEM_H
#define RELAIS_SYSTEM_H

/// Swaps two paths in one atomic step (Linux renameat2 RENAME_EXCHANGE, macOS renamex_np RENAME_SWAP).
/// Returns 0 on success, else -1 with errno set (e.g. EINVAL where the file system cannot swap).
int relais_exchange_paths(const char *first, const char *second);

#endif
