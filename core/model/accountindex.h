#pragma once
// AccountIndex: finds an account's position in a project's account list by its file id or by its
// CRM (external) id. Flat sorted arrays searched by bisection instead of hash tables: at a million
// accounts the external ids take 8 bytes per account (a 32-bit hash of the id and the position,
// sorted; equal hashes are told apart by comparing the ids themselves) and the file ids nothing at
// all while the accounts are in id order, as read from a file (4 bytes per account otherwise),
// where two QHash took some 60 bytes per account. An id or external id that occurs more than once
// finds its last account. Lookups look at the account they find, so an index the list has changed
// under answers -1 or a position within the list, never one past its end.
// Owned by the Project; rebuilt in two halves (any two threads at once, while the accounts do not
// change); then any number of threads may look up.

#include "account.h"

#include <QStringView>

#include <cstdint>
#include <vector>

namespace tp {

class AccountIndex {
public:
    // Rebuild after the accounts changed; the two halves are independent of each other.
    void rebuildIds(const std::vector<Account>& accounts);
    void rebuildExternalIds(const std::vector<Account>& accounts);

    // The position in `accounts` (the list indexed), -1 when absent. Empty external ids are not indexed.
    int byId(const std::vector<Account>& accounts, qint64 id) const;
    int byExternalId(const std::vector<Account>& accounts, QStringView externalId) const;

private:
    static std::uint32_t hashOf(QStringView externalId);

    bool m_idsInOrder = true;          // accounts are in ascending id order: bisect them directly
    std::vector<std::uint32_t> m_byId; // otherwise: positions in ascending (id, position) order
    // (hash << 32 | position), ascending.
    std::vector<std::uint64_t> m_byExternalId;
};

} // namespace tp
