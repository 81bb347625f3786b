// fuzz_make_seeds CORPUS_DIR: writes the seed files that are not plain text, from the text seeds
// beside them, with the project's own code and libraries:
//   xlsxaccounts/crm.xlsx          a small CRM sheet written by libxlsxwriter (deflated, as Excel does)
//   xlsxaccounts/crm-stored.xlsx   the same parts stored uncompressed, so mutations reach the XML
//   projectfile/tiny.territory     units/grid.geojson + csvaccounts/salesforce.csv, two scenarios,
//                                  a territory hierarchy, an override, a rep, a logged edit and an
//                                  undo record, written by ProjectFile
//   projectfile/tiny-v1.territory  the same at schema version 1 (exercises the migration)
// Run after a schema change (see README.md); the files are small and committed.
#include "io/import/accountimporter.h"
#include "io/import/accountlocator.h"
#include "io/import/postalcodeindex.h"
#include "io/import/unitimporter.h"
#include "storage/projectfile.h"

#include <QDir>
#include <QFile>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <sqlite3.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <functional>

namespace {

bool fail(const QString& what) {
    std::fprintf(stderr, "fuzz_make_seeds: %s\n", qPrintable(what));
    return false;
}

bool writeXlsx(const QString& path) {
    lxw_workbook* book = workbook_new(path.toUtf8().constData());
    if (!book) return fail("cannot create " + path);
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Accounts");
    const char* rows[][7] = {
        {"Record ID", "Company name", "Postal Code", "Latitude", "Longitude", "Tier", "Annual Revenue"},
        {"H1", "Zip Only", "2138", "", "", "B", "1,000"},
        {"H2", "With Coords", "", "47.61", "-122.33", "A", "12.5"},
        {"H3", "Bad Lat", "", "abc", "-122.33", "A", ""},
    };
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 7; ++c)
            if (*rows[r][c]) worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), rows[r][c], nullptr);
    worksheet_write_number(sheet, 4, 0, 42, nullptr); // a numeric id and revenue
    worksheet_write_string(sheet, 4, 1, "Numbers", nullptr);
    worksheet_write_number(sheet, 4, 3, 39.74, nullptr);
    worksheet_write_number(sheet, 4, 4, -104.99, nullptr);
    worksheet_write_number(sheet, 4, 6, 1e6, nullptr);
    return workbook_close(book) == LXW_NO_ERROR || fail("cannot write " + path);
}

// Copies the parts of the zip `from` that GDAL reads into `to`, uncompressed (GDAL's zip support).
bool storeUncompressed(const QString& from, const QString& to) {
    const QByteArray root = "/vsizip/" + from.toUtf8();
    void* zip = CPLCreateZip(to.toUtf8().constData(), nullptr);
    if (!zip) return fail("cannot create " + to);
    const char* stored[] = {"COMPRESSED=NO", nullptr};
    std::function<bool(const QByteArray&)> copyDir = [&](const QByteArray& dir) {
        char** entries = VSIReadDir((root + "/" + dir).constData());
        bool ok = true;
        for (char** e = entries; ok && e && *e; ++e) {
            const QByteArray name = dir.isEmpty() ? QByteArray(*e) : dir + "/" + *e;
            VSIStatBufL stat;
            if (VSIStatL((root + "/" + name).constData(), &stat) != 0) continue;
            if (name.startsWith("docProps") || name.startsWith("xl/theme")) continue; // not read by GDAL
            if (VSI_ISDIR(stat.st_mode)) {
                ok = copyDir(name);
                continue;
            }
            GByte* data = nullptr;
            vsi_l_offset size = 0;
            ok = VSIIngestFile(nullptr, (root + "/" + name).constData(), &data, &size, -1)
                 && CPLCreateFileInZip(zip, name.constData(), const_cast<char**>(stored)) == CE_None
                 && CPLWriteFileInZip(zip, data, int(size)) == CE_None && CPLCloseFileInZip(zip) == CE_None;
            VSIFree(data);
        }
        CSLDestroy(entries);
        return ok;
    };
    const bool ok = copyDir(QByteArray());
    return (CPLCloseZip(zip) == CE_None && ok) || fail("cannot write " + to);
}

bool writeProject(const QString& corpus, const QString& path) {
    tp::Project project;
    project.title = QStringLiteral("Fuzz seed");
    tp::io::UnitImportOptions unitOptions;
    unitOptions.path = corpus + "/units/grid.geojson";
    tp::io::UnitImportResult units = tp::io::UnitImporter::importUnits(unitOptions);
    if (!units.ok) return fail(units.error);
    project.units = std::move(units.units);
    project.adjacency = std::move(units.adjacency);

    tp::io::PostalCodeIndex noZips;
    tp::io::AccountImportOptions accountOptions;
    accountOptions.path = corpus + "/csvaccounts/salesforce.csv";
    accountOptions.postalCodes = &noZips;
    tp::io::AccountImportResult accounts = tp::io::AccountImporter::importAccounts(accountOptions);
    if (!accounts.ok) return fail(accounts.error);
    project.accounts = std::move(accounts.accounts);
    for (std::size_t i = 0; i < project.accounts.size(); ++i) project.accounts[i].id = qint64(i) + 1;
    tp::io::AccountLocator(project.units, 1).locateAll(project.accounts);

    tp::Rep rep;
    rep.id = 100;
    rep.name = QStringLiteral("Kim");
    rep.home = {-104.99, 39.74};
    rep.capacityHours = 1600;
    rep.skills = {QStringLiteral("Software")};
    project.reps.push_back(rep);

    const QDateTime created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    for (qint64 s : {200, 201}) {
        tp::Scenario scenario;
        scenario.id = s;
        scenario.name = s == 200 ? QStringLiteral("Baseline") : QStringLiteral("Branch");
        scenario.status = s == 200 ? tp::Scenario::Status::Approved : tp::Scenario::Status::Draft;
        scenario.parentId = s == 200 ? 0 : 200;
        scenario.createdAt = created;
        scenario.planOfRecord = s == 200;
        const qint64 region = s * 10, west = s * 10 + 1, east = s * 10 + 2;
        project.territories.push_back({region, s, QStringLiteral("Region"), QStringLiteral("#336699"), 0, 0,
                                       tp::Territory::Level::Region, false});
        project.territories.push_back({west, s, QStringLiteral("West"), QStringLiteral("#e41a1c"), 100, region,
                                       tp::Territory::Level::Territory, s == 201});
        project.territories.push_back({east, s, QStringLiteral("East"), QStringLiteral("#4daf4a"), 0, region,
                                       tp::Territory::Level::Territory, false});
        scenario.unitTerritory = {west, east, west, s == 200 ? east : 0};
        if (!project.accounts.empty()) scenario.overrides.insert(project.accounts.front().id, east);
        project.scenarios.push_back(scenario);
    }
    project.currentScenarioId = 201;

    QString error;
    QFile::remove(path);
    std::unique_ptr<tp::storage::ProjectFile> file = tp::storage::ProjectFile::create(path, project, &error);
    if (!file) return fail(error);
    tp::storage::EditLogEntry log;
    log.user = QStringLiteral("seed");
    log.scenarioId = 201;
    log.kind = QStringLiteral("assign-units");
    log.text = QStringLiteral("B2 to East");
    log.detailsJson = QStringLiteral(R"({"units":[3],"to":2012})");
    if (!file->setUnitAssignments(201, {{3, 2012}}, &log, &error)) return fail(error);
    tp::storage::UndoRecord undo;
    undo.scenarioId = 201;
    undo.kind = QStringLiteral("assign-units");
    undo.text = log.text;
    undo.payloadJson = QStringLiteral(R"({"before":[[3,0]],"after":[[3,2012]]})");
    if (!file->appendUndoRecord(&undo, &error) || !file->setUndoIndex(201, 1, &error)) return fail(error);
    return true;
}

// A copy of `from` as schema version 1 would have written it: no undo tables, no log index.
bool writeVersion1(const QString& from, const QString& to) {
    QFile::remove(to);
    if (!QFile::copy(from, to)) return fail("cannot copy to " + to);
    sqlite3* db = nullptr;
    bool ok = sqlite3_open(to.toUtf8().constData(), &db) == SQLITE_OK
              && sqlite3_exec(db,
                              "PRAGMA journal_mode=DELETE; DROP INDEX edit_log_scenario; DROP TABLE undo_history; "
                              "DROP TABLE undo_state; PRAGMA user_version=1; VACUUM;",
                              nullptr, nullptr, nullptr)
                     == SQLITE_OK;
    sqlite3_close(db);
    return ok || fail("cannot downgrade " + to);
}

// The project file as one self-contained file (its WAL checkpointed into it), small pages.
bool compact(const QString& path) {
    sqlite3* db = nullptr;
    bool ok =
        sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, "PRAGMA journal_mode=DELETE; PRAGMA page_size=512; VACUUM;", nullptr, nullptr, nullptr)
               == SQLITE_OK;
    sqlite3_close(db);
    return ok || fail("cannot compact " + path);
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_make_seeds tests/fuzz/corpus\n");
        return 2;
    }
    GDALAllRegister();
    const QString corpus = QDir(QString::fromLocal8Bit(argv[1])).absolutePath();
    const QString xlsx = corpus + "/xlsxaccounts/crm.xlsx", project = corpus + "/projectfile/tiny.territory";
    const bool ok = writeXlsx(xlsx) && storeUncompressed(xlsx, corpus + "/xlsxaccounts/crm-stored.xlsx")
                    && writeProject(corpus, project) && compact(project)
                    && writeVersion1(project, corpus + "/projectfile/tiny-v1.territory");
    return ok ? 0 : 1;
}
