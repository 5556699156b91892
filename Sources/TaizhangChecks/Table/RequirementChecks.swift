import TaizhangModel

/// `empty-requirement` (error): a task whose 具体要求 cell is empty. Tables without a 具体要求
/// column (requirement nil) are left alone: their task is the title.
public struct EmptyRequirementCheck: PerTaskCheck {
    public let code = FindingCode.emptyRequirement
    public init() {}
    func finding(for task: BorrowedTask, in document: TaskDocument) -> Finding? {
        guard let requirement = task.requirement, requirement.isBlank else { return nil }
        return Finding(code: code, task: task.seq, origin: task.origin.with(column: "具体要求"),
                       message: "第\(task.seq)项任务的具体要求为空")
    }
}

/// `duplicate-task` (warning): the same 具体要求 text (white space ignored) as an earlier task,
/// reported on the later task and naming the first.
public struct DuplicateTaskCheck: TaskCheck {
    public let code = FindingCode.duplicateTask
    public init() {}
    public func findings(in document: TaskDocument) -> [Finding] {
        // Grown as it fills, not reserved for every task: a large table's requirements are
        // mostly its own, and room for all tasks doubled the table (6 MB at 100k rows). Keys carry
        // their hash, so growing does not hash 300-byte requirements again.
        var first: [HashedKey: Int] = [:]
        var found: [Finding] = []
        document.forEachTask { task in
            guard let requirement = task.requirement, !requirement.isBlank else { return }
            // One hash per task: the slot is found once, and filled with this task when empty.
            var earlier = 0
            func remember(_ slot: inout Int) { earlier = slot }
            remember(&first[HashedKey(requirement), default: task.seq])
            guard earlier != task.seq else { return }
            found.append(Finding(code: code, task: task.seq, origin: task.origin.with(column: "具体要求"),
                                 wording: .sameRequirement(seq: task.seq, earlier: earlier, requirement: requirement)))
        }
        return found
    }

    /// A requirement's key (`squashed`) with its hash, computed once.
    private struct HashedKey: Hashable {
        let key: SquashedTextKey
        let hash: Int

        init(_ text: String) {
            key = SquashedTextKey(text)
            hash = key.hashValue
        }

        static func == (a: HashedKey, b: HashedKey) -> Bool { a.hash == b.hash && a.key == b.key }
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }
}
