import ArgumentParser
import TaizhangKit


struct Taizhang: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taizhang",
        abstract: "把任务分解表（Word/Excel/CSV）转成工作台账。",
        version: TaizhangVersion.current,
        subcommands: [ExtractCommand.self, ConvertCommand.self, SplitCommand.self, RosterCommand.self, CheckCommand.self,
                      CollectCommand.self, AlignCommand.self, ServeCommand.self]
    )
}
