import Foundation
import TaizhangReaders

/// The files a command is given: the files named, and the files of the kinds it reads inside the
/// folders named (recursively), each folder's files sorted by name so that output order does not
/// depend on the file system.
enum InputFiles {
    /// Files taken from a folder have the extension of a format the readers take (`InputReaders`);
    /// a file named directly is always taken.
    static func expand(_ inputs: [String], extensions: Set<String> = InputReaders.fileExtensions) -> [String] {
        inputs.flatMap { input -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else { return [input] }
            return folder(input, extensions: extensions, depth: 0)
        }
    }

    /// Office lock files (`~$…`) and hidden files are not inputs. Depth is bounded so that a link
    /// loop cannot recurse for ever.
    private static func folder(_ path: String, extensions: Set<String>, depth: Int) -> [String] {
        guard depth < 16 else { return [] }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
        return names.flatMap { name -> [String] in
            guard !name.hasPrefix("~$"), !name.hasPrefix(".") else { return [] }
            let full = (path as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else { return [] }
            if isDirectory.boolValue { return folder(full, extensions: extensions, depth: depth + 1) }
            return extensions.contains((name as NSString).pathExtension.lowercased()) ? [full] : []
        }
    }
}
