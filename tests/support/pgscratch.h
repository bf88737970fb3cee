#pragma once

#include <QString>

namespace jobdesk::test {

// A database of its own on the test run's PostgreSQL cluster (JOBDESK_TEST_PG_URL),
// created on construction and dropped, with its connections, on destruction.
class PgScratch final
{
public:
    PgScratch();
    ~PgScratch();
    Q_DISABLE_COPY_MOVE(PgScratch)

    bool isValid() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; } // postgresql://…/<name>
    QString error() const { return m_error; }

    // The cluster's maintenance URL, empty when the run has no cluster.
    static QString clusterUrl();
    // True when the test runs its servers on PostgreSQL (the <name>_pg twin).
    static bool serversUsePostgres();

private:
    QString m_name;
    QString m_url;
    QString m_error;
};

} // namespace jobdesk::test
