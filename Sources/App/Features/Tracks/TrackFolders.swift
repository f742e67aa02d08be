import Foundation

/// Sub-folders of `SESSION_DATA_DIR` holding CSVs; names are plain folder names, never paths, and
/// symbolic links that lead outside the data folder do not count.
struct TrackFolders: Sendable {
    let root: URL

    struct Folder: Codable, Equatable {
        var folder: String
        var n_files: Int
    }

    /// Folders with at least one `.csv`, sorted by name; a missing data folder is an empty list.
    func list() -> [Folder] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().compactMap { name in
            guard let files = csvFiles(in: name), !files.isEmpty else { return nil }
            return Folder(folder: name, n_files: files.count)
        }
    }

    /// The folder's CSV files in name order, or nil when the name is not a folder inside the data folder.
    func csvFiles(in name: String) -> [URL]? {
        guard !name.isEmpty, name != ".", name != "..", !name.contains("/"), !name.contains("\\"), !name.hasPrefix(".") else {
            return nil
        }
        let base = root.resolvingSymlinksInPath().standardizedFileURL
        let folder = base.appendingPathComponent(name).resolvingSymlinksInPath().standardizedFileURL
        guard folder.deletingLastPathComponent().path == base.path else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return nil
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return entries.filter { $0.lowercased().hasSuffix(".csv") }.sorted().compactMap { entry in
            let file = folder.appendingPathComponent(entry).resolvingSymlinksInPath().standardizedFileURL
            return file.deletingLastPathComponent().path == folder.path ? file : nil
        }
    }
}
