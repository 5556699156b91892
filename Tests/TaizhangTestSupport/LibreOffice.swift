import Foundation

/// LibreOffice as a real client of the files taizhang writes; tests that need it run only where
/// `soffice` is installed.
public enum LibreOffice {
    public static let path: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    public struct Failure: Error, CustomStringConvertible { public let description: String }

    /// Converts headless with a private profile (so parallel runs do not share a lock) and returns
    /// the converted file's bytes; gives up after two minutes.
    public static func convert(_ file: String, to filter: String, in folder: String, extension ext: String = "pdf") throws -> Data {
        guard let path else { throw Failure(description: "no soffice") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-env:UserInstallation=file://\(folder)/lo-profile", "--headless", "--norestore",
                             "--convert-to", filter, "--outdir", folder + "/out", file]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        if process.isRunning { process.terminate(); throw Failure(description: "soffice timed out") }
        let log = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stem = (URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
        let converted = folder + "/out/" + stem + "." + ext
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: converted) else {
            throw Failure(description: "soffice failed (\(process.terminationStatus)): \(log)")
        }
        return data
    }

    /// Opens a workbook in LibreOffice and saves it again as .xlsx over itself, as a clerk using
    /// LibreOffice would; `folder` holds the profile and the converted copy.
    public static func resave(_ file: String, in folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let data = try convert(file, to: "xlsx:Calc MS Excel 2007 XML", in: folder, extension: "xlsx")
        try data.write(to: URL(fileURLWithPath: file))
    }
}
