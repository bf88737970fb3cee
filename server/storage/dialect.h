#pragma once

#include <QString>

namespace jobdesk::server {

// Everything that differs between the SQL engines, in one place. Queries and
// migrations are written in the common subset and use these where they differ.
class Dialect final
{
public:
    enum class Engine
    {
        Sqlite,
        Postgres
    };

    explicit Dialect(Engine engine)
        : m_engine(engine)
    {}

    Engine engine() const { return m_engine; }
    QString name() const;             // "sqlite" | "postgresql"
    QString driver() const;           // Qt SQL driver name
    QString autoIdPrimaryKey() const; // column type of an auto-increment primary key
    // Replaces {{ID_PK}} and friends in migration text.
    QString expand(QString sql) const;
    // Case-insensitive "contains" on a column, bound to one parameter holding %text%.
    QString containsInsensitive(const QString &column) const;
    // The bound value for containsInsensitive: `text` with LIKE wildcards escaped.
    static QString containsPattern(const QString &text);

private:
    Engine m_engine;
};

} // namespace jobdesk::server
