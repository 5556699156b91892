/// One worksheet of a workbook, in workbook order (`xl/workbook.xml` `<sheets>`).
public struct XlsxSheetInfo: Sendable, Hashable {
    /// The tab name, as the person sees it (`Sheet1`, `任务分解表`).
    public let name: String
    /// `state="hidden"` or `state="veryHidden"` in the workbook.
    public let isHidden: Bool
    /// The worksheet's part inside the zip, without a leading slash (`xl/worksheets/sheet1.xml`).
    public let partPath: String

    public init(name: String, isHidden: Bool, partPath: String) {
        self.name = name; self.isHidden = isHidden; self.partPath = partPath
    }
}
