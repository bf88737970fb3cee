#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace jobdesk::server {

class Database;

// What a column holds, whatever the engine calls its type.
enum class ColumnKind
{
    Integer,
    Real,
    Text,
    Blob,
    Boolean,
    Other // numeric, dates, ...: carried as the engine's text form
};

QString columnKindName(ColumnKind kind); // "integer", "real", ...

struct ColumnInfo
{
    QString name;
    ColumnKind kind = ColumnKind::Other;
    // Filled from a sequence (PostgreSQL identity or serial): after rows arrive
    // with explicit ids, the sequence must be moved past them.
    bool fromSequence = false;
};

struct TableInfo
{
    QString name;
    QList<ColumnInfo> columns;
    QStringList primaryKey; // in key order; empty when the table has none
    QStringList parents;    // tables its foreign keys reference, itself left out

    int columnIndex(const QString &column) const;
    // ORDER BY list giving the rows in primary-key order (a stable order without one).
    QString orderBy() const;
};

// The tables of the schema as the database's own catalogue lists them
// (sqlite_master / information_schema and pg_catalog), so that tables added by
// future migrations are included without a list to maintain. Leaves out the
// engine's internal tables and schema_migrations. Every table comes after the
// tables it references; tables in a reference cycle (none in the schema today)
// come last, in name order. Throws DbError.
QList<TableInfo> readCatalogue(Database &db);

// "name" with embedded quotes doubled: an identifier both engines accept.
QString quoteIdentifier(const QString &name);

} // namespace jobdesk::server
