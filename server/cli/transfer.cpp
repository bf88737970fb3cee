#include "transfer.h"

#include "catalogue.h"
#include "database.h"
#include "dumpformat.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <memory>

namespace jobdesk::server {

namespace {

// Tables this big report their progress on the way, not only at their end.
constexpr qint64 ProgressEvery = 100000;

bool isPostgres(const Database &db)
{
    return db.dialect().engine() == Dialect::Engine::Postgres;
}

// Statements that PostgreSQL cannot prepare (SET, DECLARE, FETCH) or that run once.
QSqlQuery raw(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (isPostgres(db))
        q.setNumericalPrecisionPolicy(QSql::HighPrecision); // numeric stays exact text
    if (!q.exec(sql))
        throw DbError(QString(q.lastError().text() + QStringLiteral(" in: ") + sql).toStdString(),
                      q.lastError().nativeErrorCode());
    return q;
}

std::unique_ptr<Database> openDatabase(const ServerConfig &config, bool readOnly, QString *error)
{
    // A read-only SQLite connection needs the -shm file of WAL mode to exist; the
    // export only ever reads, so a normal connection does no harm there.
    auto db = Database::open(
        {config.sqlitePath(), config.databaseUrl, readOnly && !config.databaseUrl.isEmpty()},
        error);
    if (!db)
        *error = QStringLiteral("database: ") + *error;
    return db;
}

QString versionMismatch(int found, const QString &writer)
{
    return QStringLiteral("the dump has schema version %1 (written by jobdesk-server %2), but "
                          "this jobdesk-server %3 has schema version %4: import it with "
                          "jobdesk-server %2, the version that wrote it (a newer server then "
                          "migrates the database), or export again with this version")
        .arg(found)
        .arg(writer.isEmpty() ? QStringLiteral("unknown") : writer, QStringLiteral(JOBDESK_VERSION))
        .arg(Database::latestSchemaVersion());
}

class Writer final
{
public:
    explicit Writer(QIODevice &device)
        : m_device(device)
    {}
    void line(const QJsonObject &o) { write(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
    void line(const QJsonArray &a) { write(QJsonDocument(a).toJson(QJsonDocument::Compact)); }
    bool ok() const { return m_ok; }

private:
    void write(QByteArray bytes)
    {
        bytes += '\n';
        if (m_ok && m_device.write(bytes) != bytes.size())
            m_ok = false;
    }
    QIODevice &m_device;
    bool m_ok = true;
};

qint64 exportTable(Database &db, const TableInfo &table, Writer &writer, QTextStream &log)
{
    const qint64 total =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + quoteIdentifier(table.name))
            .toLongLong();
    writer.line(dump::tableLine(table, total));
    QStringList columns;
    for (const ColumnInfo &c : table.columns)
        columns << quoteIdentifier(c.name);
    const QString select = QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
                           QStringLiteral(" FROM ") + quoteIdentifier(table.name) +
                           QStringLiteral(" ORDER BY ") + table.orderBy();
    qint64 written = 0;
    const auto drain = [&](QSqlQuery &q) {
        qint64 n = 0;
        while (q.next()) {
            QJsonArray row;
            for (int i = 0; i < table.columns.size(); ++i)
                row.append(q.isNull(i) ? QJsonValue(QJsonValue::Null)
                                       : dump::encodeValue(q.value(i)));
            writer.line(row);
            ++n;
            if (++written % ProgressEvery == 0)
                log << "  " << table.name << ": " << written << " of " << total << " rows\n"
                    << Qt::flush;
        }
        return n;
    };
    if (isPostgres(db)) {
        // The driver would hold a whole result in memory; a cursor hands it out in pages.
        raw(db, QStringLiteral("DECLARE jobdesk_export NO SCROLL CURSOR FOR ") + select);
        for (;;) {
            QSqlQuery page = raw(db, QStringLiteral("FETCH FORWARD 5000 FROM jobdesk_export"));
            if (drain(page) == 0)
                break;
        }
        raw(db, QStringLiteral("CLOSE jobdesk_export"));
    } else {
        QSqlQuery q = raw(db, select);
        drain(q);
    }
    if (written != total) // cannot happen inside one snapshot; refuse a torn dump anyway
        throw DbError(
            QStringLiteral("table %1 changed while it was read (%2 rows counted, %3 read)")
                .arg(table.name)
                .arg(total)
                .arg(written)
                .toStdString());
    log << "  " << table.name << ": " << written << " rows\n" << Qt::flush;
    return written;
}

} // namespace

bool exportDatabase(const ServerConfig &config, const QString &output, QTextStream &log,
                    TransferSummary *summary, QString *error)
{
    if (config.databaseUrl.isEmpty() && !QFileInfo::exists(config.sqlitePath())) {
        *error = QStringLiteral("there is no database at %1").arg(config.sqlitePath());
        return false;
    }
    auto db = openDatabase(config, true, error);
    if (!db)
        return false;
    std::unique_ptr<QFileDevice> device;
    QSaveFile *file = nullptr;
    if (output.isEmpty() || output == QLatin1String("-")) {
        auto out = std::make_unique<QFile>();
        if (!out->open(stdout, QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write to standard output");
            return false;
        }
        device = std::move(out);
    } else {
        auto out = std::make_unique<QSaveFile>(output);
        if (!out->open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write %1: %2").arg(output, out->errorString());
            return false;
        }
        file = out.get();
        device = std::move(out);
    }
    Writer writer(*device);
    try {
        // One snapshot for every table: SQLite's read transaction on the WAL keeps
        // it from the first read on, PostgreSQL's REPEATABLE READ from the first query.
        Transaction tx(*db);
        if (isPostgres(*db))
            raw(*db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
        int version = 0;
        try {
            version = db->scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM "
                                                "schema_migrations"))
                          .toInt();
        } catch (const DbError &) {
            *error = QStringLiteral("not a Jobdesk database (it has no schema_migrations table)");
            return false;
        }
        if (version != Database::latestSchemaVersion()) {
            *error = version < Database::latestSchemaVersion()
                         ? QStringLiteral("the database is at schema version %1 and this "
                                          "jobdesk-server writes version %2: run "
                                          "'jobdesk-server migrate' first")
                               .arg(version)
                               .arg(Database::latestSchemaVersion())
                         : QStringLiteral("the database is at schema version %1, newer than "
                                          "this jobdesk-server knows (%2): export it with the "
                                          "server version that runs it")
                               .arg(version)
                               .arg(Database::latestSchemaVersion());
            return false;
        }
        const QList<TableInfo> tables = readCatalogue(*db);
        writer.line(dump::headerLine(
            {dump::FormatVersion, version, db->dialect().name(), QStringLiteral(JOBDESK_VERSION),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}));
        dump::Trailer trailer;
        for (const TableInfo &t : tables) {
            trailer.rows += exportTable(*db, t, writer, log);
            ++trailer.tables;
            if (!writer.ok())
                break;
        }
        writer.line(dump::trailerLine(trailer));
        summary->tables = trailer.tables;
        summary->rows = trailer.rows;
    } catch (const DbError &e) {
        *error = QStringLiteral("database: ") + QString::fromUtf8(e.what());
        if (file)
            file->cancelWriting();
        return false;
    }
    if (!writer.ok() || (file && !file->commit()) || (!file && !device->flush())) {
        *error = QStringLiteral("cannot write %1: %2")
                     .arg(file ? output : QStringLiteral("standard output"), device->errorString());
        return false;
    }
    return true;
}

namespace {

// Reads a dump line by line (blank lines are skipped) and knows where it is.
class Reader final
{
public:
    explicit Reader(QIODevice &device)
        : m_device(device)
    {}
    qint64 lineNumber() const { return m_line; }
    // False at the end of the input; a line that is not JSON sets *error.
    bool next(QJsonDocument *doc, QString *error)
    {
        for (;;) {
            if (m_device.atEnd())
                return false;
            QByteArray bytes = m_device.readLine();
            ++m_line;
            while (bytes.endsWith('\n') || bytes.endsWith('\r'))
                bytes.chop(1);
            if (bytes.trimmed().isEmpty())
                continue;
            QJsonParseError parseError;
            *doc = QJsonDocument::fromJson(bytes, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                *error = QStringLiteral("not JSON (%1 at column %2)")
                             .arg(parseError.errorString())
                             .arg(parseError.offset + 1);
                return false;
            }
            return true;
        }
    }

private:
    QIODevice &m_device;
    qint64 m_line = 0;
};

class Importer final
{
public:
    Importer(Database &db, Reader &reader, QTextStream &log)
        : m_db(db)
        , m_reader(reader)
        , m_log(log)
    {}

    // Inside the caller's transaction; throws DbError from the database.
    bool run(TransferSummary *summary, QString *error)
    {
        if (!m_db.migrate(error))
            return false;
        m_order = readCatalogue(m_db);
        for (const TableInfo &t : std::as_const(m_order))
            m_tables.insert(t.name, t);
        for (const TableInfo &t : std::as_const(m_order)) {
            if (m_db.scalar(QStringLiteral("SELECT 1 FROM ") + quoteIdentifier(t.name) +
                            QStringLiteral(" LIMIT 1"))
                    .isValid()) {
                *error = QStringLiteral("the database is not empty (table %1 has rows): import "
                                        "only into a new database, migrated or not, without data; "
                                        "nothing was imported")
                             .arg(t.name);
                return false;
            }
        }
        // Tables arrive parents first; this covers rows of a table that refer to
        // rows of the same table. PostgreSQL checks each row at once, in that order.
        if (!isPostgres(m_db))
            raw(m_db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        QJsonDocument doc;
        QString lineError;
        for (;;) {
            if (!m_reader.next(&doc, &lineError)) {
                *error = lineError.isEmpty()
                             ? QStringLiteral("the dump ends at line %1 without its end line: it "
                                              "is incomplete")
                                   .arg(m_reader.lineNumber())
                             : atLine(lineError);
                return false;
            }
            if (!doc.isObject()) {
                *error = atLine(QStringLiteral("a table line or the end line was expected"));
                return false;
            }
            if (dump::isTrailer(doc.object()))
                break;
            if (!importTable(doc.object(), error))
                return false;
        }
        dump::Trailer trailer;
        if (!dump::parseTrailer(doc.object(), &trailer, &lineError)) {
            *error = atLine(lineError);
            return false;
        }
        if (trailer.tables != m_done.size() || trailer.rows != m_rows) {
            *error = atLine(QStringLiteral("the end line counts %1 rows in %2 tables, the dump "
                                           "holds %3 rows in %4 tables")
                                .arg(trailer.rows)
                                .arg(trailer.tables)
                                .arg(m_rows)
                                .arg(m_done.size()));
            return false;
        }
        if (m_reader.next(&doc, &lineError) || !lineError.isEmpty()) {
            *error = atLine(QStringLiteral("more data after the end line"));
            return false;
        }
        for (const TableInfo &t : std::as_const(m_order)) {
            if (!m_done.contains(t.name)) {
                *error =
                    QStringLiteral("the dump has no table %1, which this schema has").arg(t.name);
                return false;
            }
        }
        if (isPostgres(m_db))
            advanceSequences();
        summary->tables = m_done.size();
        summary->rows = m_rows;
        return true;
    }

private:
    QString atLine(const QString &message) const
    {
        return QStringLiteral("line %1: %2").arg(m_reader.lineNumber()).arg(message);
    }

    bool importTable(const QJsonObject &line, QString *error)
    {
        dump::TableHeader header;
        QString lineError;
        if (!dump::parseTableHeader(line, &header, &lineError)) {
            *error = atLine(lineError);
            return false;
        }
        const auto it = m_tables.constFind(header.table);
        if (it == m_tables.cend() || m_done.contains(header.table)) {
            *error = atLine(
                it == m_tables.cend()
                    ? QStringLiteral("table %1 is not in this server's schema").arg(header.table)
                    : QStringLiteral("table %1 comes twice").arg(header.table));
            return false;
        }
        const TableInfo &table = *it;
        for (const QString &parent : table.parents) {
            if (m_tables.contains(parent) && !m_done.contains(parent)) {
                *error = atLine(QStringLiteral("table %1 comes before %2, which it refers to")
                                    .arg(table.name, parent));
                return false;
            }
        }
        QList<ColumnKind> kinds;
        QStringList quoted;
        bool sequenced = false;
        for (const QString &c : std::as_const(header.columns)) {
            const int index = table.columnIndex(c);
            if (index < 0) {
                *error = atLine(
                    QStringLiteral("table %1 has no column %2 in this schema").arg(table.name, c));
                return false;
            }
            kinds << table.columns.at(index).kind;
            quoted << quoteIdentifier(c);
            sequenced = sequenced || table.columns.at(index).fromSequence;
        }
        for (const ColumnInfo &c : table.columns) {
            if (!header.columns.contains(c.name)) {
                *error = atLine(QStringLiteral("table %1 lacks column %2").arg(table.name, c.name));
                return false;
            }
        }
        const QString insert =
            QStringLiteral("INSERT INTO ") + quoteIdentifier(table.name) + QStringLiteral(" (") +
            quoted.join(QStringLiteral(", ")) + QStringLiteral(")") +
            (sequenced && isPostgres(m_db) ? QStringLiteral(" OVERRIDING SYSTEM VALUE")
                                           : QString()) +
            QStringLiteral(" VALUES (") +
            QStringList(quoted.size(), QStringLiteral("?")).join(QStringLiteral(", ")) +
            QStringLiteral(")");
        QJsonDocument doc;
        QVariantList binds;
        for (qint64 n = 0; n < header.rows; ++n) {
            if (!m_reader.next(&doc, &lineError)) {
                *error = lineError.isEmpty()
                             ? QStringLiteral("the dump ends at line %1, after %2 of the %3 rows "
                                              "of table %4: it is incomplete")
                                   .arg(m_reader.lineNumber())
                                   .arg(n)
                                   .arg(header.rows)
                                   .arg(table.name)
                             : atLine(lineError);
                return false;
            }
            const QJsonArray row = doc.array();
            if (!doc.isArray() || row.size() != header.columns.size()) {
                *error = atLine(QStringLiteral("a row of table %1 with %2 values was expected")
                                    .arg(table.name)
                                    .arg(header.columns.size()));
                return false;
            }
            binds.clear();
            for (int i = 0; i < row.size(); ++i) {
                QVariant v;
                if (!dump::decodeValue(row.at(i), kinds.at(i), &v, &lineError)) {
                    *error = atLine(QStringLiteral("%1.%2: %3")
                                        .arg(table.name, header.columns.at(i), lineError));
                    return false;
                }
                binds << v;
            }
            try {
                m_db.exec(insert, binds).finish();
            } catch (const DbError &e) {
                *error = atLine(
                    QStringLiteral("table %1: %2").arg(table.name, QString::fromUtf8(e.what())));
                return false;
            }
            if ((n + 1) % ProgressEvery == 0)
                m_log << "  " << table.name << ": " << (n + 1) << " of " << header.rows << " rows\n"
                      << Qt::flush;
        }
        m_log << "  " << table.name << ": " << header.rows << " rows\n" << Qt::flush;
        m_done.insert(table.name);
        m_rows += header.rows;
        return true;
    }

    // Rows came with their ids, which PostgreSQL's sequences did not hand out:
    // move each past the highest id so that new rows never collide.
    void advanceSequences()
    {
        for (const TableInfo &t : std::as_const(m_tables)) {
            for (const ColumnInfo &c : t.columns) {
                if (!c.fromSequence)
                    continue;
                m_db.scalar(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?)::regclass, "
                                           "COALESCE(MAX(%1), 0) + 1, false) FROM %2")
                                .arg(quoteIdentifier(c.name), quoteIdentifier(t.name)),
                            {quoteIdentifier(t.name), c.name});
            }
        }
    }

    Database &m_db;
    Reader &m_reader;
    QTextStream &m_log;
    QList<TableInfo> m_order; // parents first
    QHash<QString, TableInfo> m_tables;
    QSet<QString> m_done;
    qint64 m_rows = 0;
};

} // namespace

bool importDatabase(const ServerConfig &config, const QString &input, QTextStream &log,
                    TransferSummary *summary, QString *error)
{
    QFile file;
    const bool fromStdin = input == QLatin1String("-");
    if (fromStdin ? !file.open(stdin, QIODevice::ReadOnly)
                  : (file.setFileName(input), !file.open(QIODevice::ReadOnly))) {
        *error = QStringLiteral("cannot read %1: %2")
                     .arg(fromStdin ? QStringLiteral("standard input") : input, file.errorString());
        return false;
    }
    // The header decides before the database is touched.
    Reader reader(file);
    QJsonDocument doc;
    QString lineError;
    dump::Header header;
    if (!reader.next(&doc, &lineError) || !doc.isObject()) {
        *error = QStringLiteral("line %1: not a jobdesk-server export (%2)")
                     .arg(qMax<qint64>(reader.lineNumber(), 1))
                     .arg(lineError.isEmpty() ? QStringLiteral("no JSON object") : lineError);
        return false;
    }
    if (!dump::parseHeader(doc.object(), &header, &lineError)) {
        *error = QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(lineError);
        return false;
    }
    if (header.formatVersion != dump::FormatVersion) {
        *error = QStringLiteral("the dump is in format version %1, this jobdesk-server reads "
                                "version %2: import it with jobdesk-server %3 or newer")
                     .arg(header.formatVersion)
                     .arg(dump::FormatVersion)
                     .arg(header.serverVersion);
        return false;
    }
    if (header.schemaVersion != Database::latestSchemaVersion()) {
        *error = versionMismatch(header.schemaVersion, header.serverVersion);
        return false;
    }
    auto db = openDatabase(config, false, error);
    if (!db)
        return false;
    log << "importing a " << header.engine << " export of " << header.exportedAt << " into "
        << db->dialect().name() << "\n"
        << Qt::flush;
    try {
        Transaction tx(*db, true);
        Importer importer(*db, reader, log);
        if (!importer.run(summary, error))
            return false; // rolled back, the migration with it
        tx.commit();
    } catch (const DbError &e) {
        *error = QStringLiteral("database: ") + QString::fromUtf8(e.what());
        return false;
    }
    log << "uploaded files (" << QDir(config.filesDir()).absolutePath()
        << ") and signing.key are not in the dump: copy them from the old data directory\n"
        << Qt::flush;
    return true;
}

} // namespace jobdesk::server
