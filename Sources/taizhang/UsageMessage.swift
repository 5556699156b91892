import ArgumentParser

/// swift-argument-parser writes usage errors in English; a clerk reads Chinese. Its common
/// messages are translated here, the help text (already Chinese) kept as it is.
enum UsageMessage {
    static func chinese(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { translate(String($0)) }.joined(separator: "\n")
    }

    private static func translate(_ line: String) -> String {
        if let m = line.wholeMatch(of: /Error: Missing expected argument '(.+)'/) { return "错误：缺少必需的参数 \(m.1)" }
        if let m = line.wholeMatch(of: /Error: Missing value for '(.+)'/) { return "错误：选项 \(m.1) 缺少取值" }
        if let m = line.wholeMatch(of: /Error: Unknown option '(.+)'/) { return "错误：没有这个选项：\(m.1)" }
        if let m = line.wholeMatch(of: /Error: Unexpected argument '(.+)'/) { return "错误：多余的参数：\(m.1)" }
        if let m = line.wholeMatch(of: /Error: The value '(.*)' is invalid for '(.+)'\. Please provide one of (.+)\./) {
            return "错误：\(m.2) 的值“\(m.1)”无效，可选：\(m.3.replacing(" and ", with: "、").replacing(", ", with: "、"))"
        }
        if let m = line.wholeMatch(of: /Error: The value '(.*)' is invalid for '(.+)'/) { return "错误：\(m.2) 的值“\(m.1)”无效" }
        if let m = line.wholeMatch(of: /Error: (.+)/) { return "错误：\(m.1)" }
        if let m = line.wholeMatch(of: /Help:(.*)/) { return "说明：\(m.1)" }
        if let m = line.wholeMatch(of: /Usage: (.+)/) { return "用法：\(m.1)" }
        if let m = line.wholeMatch(of: /\s*See '(.+)' for more information\./) { return "  完整说明见 '\(m.1)'。" }
        return line
    }
}
