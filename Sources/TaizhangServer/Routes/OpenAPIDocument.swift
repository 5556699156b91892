/// The HTTP API as OpenAPI 3.1, served at `/api/openapi.json` and kept in `docs/openapi.json` (a
/// test holds the two equal, and checks every route and every JSON answer against it).
enum OpenAPIDocument {
    static let json = #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "taizhang serve API",
    "version": "1",
    "description": "台账网页所用的接口，单位的 OA 系统也可调用。上传用 multipart/form-data；出错时返回 {\"error\": \"中文说明\"} 和 4xx 状态码（写出文件失败时 500）。监听本机以外的地址时，每个请求都要带访问令牌：请求头 Authorization: Bearer <令牌>，或用 ?token=<令牌> 打开页面后浏览器保存的 Cookie。"
  },
  "servers": [{"url": "http://127.0.0.1:8080"}],
  "security": [{}, {"bearer": []}, {"cookie": []}],
  "paths": {
    "/api/settings": {
      "get": {
        "summary": "页面需要的设置：督办提示的顺序和颜色、完成状态、上传上限",
        "responses": {"200": {"description": "设置", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Settings"}}}}}
      }
    },
    "/api/openapi.json": {
      "get": {
        "summary": "本文档",
        "responses": {"200": {"description": "OpenAPI 文档", "content": {"application/json": {"schema": {"type": "object"}}}}}
      }
    },
    "/api/tables": {
      "get": {
        "summary": "工作文件夹中的分解表（最新的在前）",
        "responses": {"200": {"description": "分解表列表", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TableList"}}}}}
      },
      "post": {
        "summary": "上传一张分解表（或实施方案），读出任务和问题",
        "description": "同一个文件再次上传时返回已有的那张（200），新文件返回 201。文件类型按内容判断：旧版 .doc/.xls、加密文件和其他格式返回 415，能打开但读不出任务表返回 422。",
        "requestBody": {"required": true, "content": {"multipart/form-data": {"schema": {"$ref": "#/components/schemas/FileUpload"}}}},
        "responses": {
          "200": {"description": "已有的分解表", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Table"}}}},
          "201": {"description": "新加入的分解表", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Table"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "413": {"$ref": "#/components/responses/Error"},
          "415": {"$ref": "#/components/responses/Error"},
          "422": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/tables/{id}": {
      "parameters": [{"$ref": "#/components/parameters/TableID"}],
      "get": {
        "summary": "一张分解表：元数据、任务和问题（规范 JSON，另加 id 和 files）",
        "responses": {
          "200": {"description": "分解表", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Table"}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/tables/{id}/ledger.xlsx": {
      "parameters": [{"$ref": "#/components/parameters/TableID"}],
      "get": {
        "summary": "整表台账（taizhang convert）",
        "responses": {
          "200": {"description": "台账工作簿", "content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/tables/{id}/ledgers.zip": {
      "parameters": [{"$ref": "#/components/parameters/TableID"}],
      "get": {
        "summary": "各单位台账和 汇总.xlsx 的压缩包（taizhang split，按当前名册）",
        "responses": {
          "200": {"description": "压缩包（文件名为 UTF-8）", "content": {"application/zip": {"schema": {"type": "string", "format": "binary"}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/tables/{id}/roster": {
      "parameters": [{"$ref": "#/components/parameters/TableID"}],
      "get": {
        "summary": "当前名册（上传的名册，或从分解表推断）",
        "responses": {
          "200": {"description": "名册", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Roster"}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      },
      "post": {
        "summary": "上传名册文件（列：单位名称、别名、类别，可另加联系列），替换当前名册",
        "requestBody": {"required": true, "content": {"multipart/form-data": {"schema": {"$ref": "#/components/schemas/FileUpload"}}}},
        "responses": {
          "200": {"description": "新的名册", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Roster"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "413": {"$ref": "#/components/responses/Error"},
          "415": {"$ref": "#/components/responses/Error"},
          "422": {"$ref": "#/components/responses/Error"}
        }
      },
      "put": {
        "summary": "保存页面上编辑的名册（写成 名册/单位名册.csv）",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RosterEdit"}}}},
        "responses": {
          "200": {"description": "新的名册", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Roster"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/tables/{id}/returns": {
      "parameters": [{"$ref": "#/components/parameters/TableID"}],
      "get": {
        "summary": "报回文件夹中的全部文件（含手工复制进去的），按 collect 的判断",
        "responses": {
          "200": {"description": "报回的文件", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ReturnList"}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      },
      "post": {
        "summary": "上传一份或多份报回的台账（字段 file 可重复）",
        "description": "每个文件先单独检查：不是本表报回台账的文件（别的表的台账、汇总表、Word 文件等）不保存，并说明原因。其余文件按原名保存，同名时另存为“名（2）.xlsx”，从不覆盖。只要有一个文件被收下就返回 200；全部未收下时返回 415（类型不对）或 422，error 为第一个原因。",
        "requestBody": {"required": true, "content": {"multipart/form-data": {"schema": {"$ref": "#/components/schemas/FilesUpload"}}}},
        "responses": {
          "200": {"description": "每个文件的结果，顺序与上传一致", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ReturnUpload"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "413": {"$ref": "#/components/responses/Error"},
          "415": {"description": "没有一个文件被收下（类型不对）", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RefusedReturnUpload"}}}},
          "422": {"description": "没有一个文件被收下", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RefusedReturnUpload"}}}}
        }
      }
    },
    "/api/tables/{id}/annotated.xlsx": {
      "parameters": [
        {"$ref": "#/components/parameters/TableID"},
        {"name": "file", "in": "query", "required": true, "description": "报回文件夹中的文件（returns 列表中的 file）", "schema": {"type": "string"}}
      ],
      "get": {
        "summary": "报回台账的标注副本：问题单元格标色加批注，另附问题清单（check --annotate）",
        "responses": {
          "200": {"description": "标注副本", "content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}}},
          "404": {"$ref": "#/components/responses/Error"},
          "422": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/tables/{id}/progress": {
      "parameters": [{"$ref": "#/components/parameters/TableID"}, {"$ref": "#/components/parameters/AsOf"}, {"$ref": "#/components/parameters/NearDays"}],
      "get": {
        "summary": "进展汇总（collect --format json，taizhang-collect/1）",
        "responses": {
          "200": {"description": "汇总", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Progress"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/tables/{id}/progress.xlsx": {
      "parameters": [{"$ref": "#/components/parameters/TableID"}, {"$ref": "#/components/parameters/AsOf"}, {"$ref": "#/components/parameters/NearDays"}],
      "get": {
        "summary": "进展汇总.xlsx（collect -o）",
        "responses": {
          "200": {"description": "进展汇总表", "content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/alignments": {
      "post": {
        "summary": "对照两份文件（align）：B 的每项任务落实了 A 的哪一项",
        "requestBody": {"required": true, "content": {"multipart/form-data": {"schema": {
          "type": "object", "required": ["b"],
          "properties": {
            "a": {"type": "string", "format": "binary", "description": "A：上级或上一年的表"},
            "table": {"type": "string", "description": "或：工作文件夹中一张分解表的 id 作为 A（其名册同时使用）"},
            "b": {"type": "string", "format": "binary", "description": "B：落实 A 的方案或表"},
            "unit": {"type": "string", "description": "B 所属单位（默认取 B 的发文机关）"}
          }
        }}}},
        "responses": {
          "201": {"description": "对照结果", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AlignmentView"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "413": {"$ref": "#/components/responses/Error"},
          "415": {"$ref": "#/components/responses/Error"},
          "422": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/alignments/{id}": {
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
      "get": {
        "summary": "再次读取一次对照的结果",
        "responses": {
          "200": {"description": "对照结果", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AlignmentView"}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/alignments/{id}/alignment.xlsx": {
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
      "get": {
        "summary": "对照表.xlsx（align -o）",
        "responses": {
          "200": {"description": "对照表", "content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearer": {"type": "http", "scheme": "bearer", "description": "启动时显示或 --token 指定的访问令牌"},
      "cookie": {"type": "apiKey", "in": "cookie", "name": "taizhang-token"}
    },
    "parameters": {
      "TableID": {"name": "id", "in": "path", "required": true, "description": "分解表的编号（工作文件夹中的文件夹名）", "schema": {"type": "string"}},
      "AsOf": {"name": "asOf", "in": "query", "description": "判断逾期的日期 YYYY-MM-DD，默认今天", "schema": {"type": "string", "format": "date"}},
      "NearDays": {"name": "nearDays", "in": "query", "description": "截止日期前多少天内算临期，默认 7", "schema": {"type": "integer", "minimum": 0, "maximum": 366}}
    },
    "responses": {
      "Error": {"description": "请求被拒绝，error 为中文说明", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    },
    "schemas": {
      "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
      "FileUpload": {"type": "object", "required": ["file"], "properties": {"file": {"type": "string", "format": "binary"}}},
      "FilesUpload": {"type": "object", "required": ["file"], "properties": {"file": {"type": "array", "items": {"type": "string", "format": "binary"}}}},
      "Settings": {
        "type": "object", "required": ["version", "workspace", "maxUpload", "alerts", "colors", "statuses", "tokenRequired"],
        "properties": {
          "version": {"type": "string"}, "workspace": {"type": "string"}, "maxUpload": {"type": "integer"},
          "alerts": {"type": "array", "items": {"$ref": "#/components/schemas/Alert"}},
          "colors": {"type": "object", "additionalProperties": {"type": ["string", "null"]}},
          "statuses": {"type": "array", "items": {"type": "string"}},
          "tokenRequired": {"type": "boolean"}
        }
      },
      "Alert": {"type": "string", "enum": ["逾期未完成", "未报送", "临期", "正常推进", "逾期完成", "已办结"]},
      "Origin": {
        "type": "object",
        "properties": {"table": {"type": "integer"}, "sheet": {"type": "string"}, "row": {"type": "integer"}, "paragraph": {"type": "integer"}, "column": {"type": "string"}}
      },
      "Finding": {
        "type": "object", "required": ["severity", "code", "task", "origin", "message"],
        "properties": {
          "severity": {"type": "string", "enum": ["error", "warning", "info"]},
          "code": {"type": "string"},
          "task": {"type": ["integer", "null"]},
          "file": {"type": "string"},
          "origin": {"oneOf": [{"$ref": "#/components/schemas/Origin"}, {"type": "null"}]},
          "message": {"type": "string"}
        }
      },
      "Deadline": {
        "type": "object", "required": ["text", "kind", "date", "inferred"],
        "properties": {
          "text": {"type": ["string", "null"]}, "kind": {"type": "string", "enum": ["date", "ongoing", "missing", "unparsed"]},
          "date": {"type": ["string", "null"]}, "inferred": {"type": "boolean"}
        }
      },
      "Task": {
        "type": "object", "required": ["seq", "section", "title", "leadText", "lead", "responsibleText", "responsible", "requirement", "deadline", "origin"],
        "properties": {
          "seq": {"type": "integer"}, "section": {"type": ["string", "null"]}, "title": {"type": ["string", "null"]},
          "leadText": {"type": ["string", "null"]}, "lead": {"type": "array", "items": {"type": "string"}},
          "responsibleText": {"type": ["string", "null"]}, "responsible": {"type": "array", "items": {"type": "string"}},
          "requirement": {"type": ["string", "null"]}, "deadline": {"$ref": "#/components/schemas/Deadline"},
          "origin": {"$ref": "#/components/schemas/Origin"}
        }
      },
      "TableFiles": {
        "type": "object", "required": ["folder", "source", "roster", "returnsFolder"],
        "properties": {"folder": {"type": "string"}, "source": {"type": ["string", "null"]}, "roster": {"type": ["string", "null"]}, "returnsFolder": {"type": "string"}}
      },
      "Table": {
        "description": "规范 JSON（spec/canonical-json.md，schema taizhang/1），前加 id，后加 files",
        "type": "object", "required": ["id", "schema", "source", "document", "tasks", "findings", "files"],
        "properties": {
          "id": {"type": "string"},
          "schema": {"type": "string", "enum": ["taizhang/1"]},
          "source": {"type": "object", "required": ["file", "format"], "properties": {"file": {"type": "string"}, "format": {"type": "string"}}},
          "document": {
            "type": "object", "required": ["title", "docNumber", "issuer", "date", "year"],
            "properties": {"title": {"type": ["string", "null"]}, "docNumber": {"type": ["string", "null"]}, "issuer": {"type": ["string", "null"]},
                           "date": {"type": ["string", "null"]}, "year": {"type": ["integer", "null"]}}
          },
          "tasks": {"type": "array", "items": {"$ref": "#/components/schemas/Task"}},
          "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
          "files": {"$ref": "#/components/schemas/TableFiles"}
        }
      },
      "TableList": {
        "type": "object", "required": ["tables"],
        "properties": {"tables": {"type": "array", "items": {
          "type": "object", "required": ["id", "file", "title", "year", "tasks", "added", "files"],
          "properties": {"id": {"type": "string"}, "file": {"type": ["string", "null"]}, "title": {"type": ["string", "null"]},
                         "year": {"type": ["integer", "null"]}, "tasks": {"type": ["integer", "null"]}, "added": {"type": "string"},
                         "files": {"$ref": "#/components/schemas/TableFiles"}}
        }}}
      },
      "Statuses": {
        "type": "object", "required": ["未启动", "推进中", "已完成", "长期坚持", "未填写"],
        "additionalProperties": {"type": "integer"}
      },
      "Reporter": {
        "type": "object", "required": ["name", "phone", "date"],
        "properties": {"name": {"type": "string"}, "phone": {"type": "string"}, "date": {"type": ["string", "null"]}}
      },
      "Return": {
        "type": "object", "required": ["file", "unit", "evidence", "counted", "reporter", "rows", "statuses", "findings"],
        "properties": {
          "file": {"type": "string", "description": "报回文件夹中的路径"},
          "stored": {"type": "string", "description": "上传时：保存所用的文件名"},
          "unit": {"type": ["string", "null"], "description": "单位；不是本表的报回台账时为 null"},
          "evidence": {"type": ["string", "null"], "enum": ["文档属性", "字典工作表", "填报单位单元格", "标题", "文件名", null]},
          "counted": {"type": "boolean", "description": "是否是该单位计入汇总的一份（填报日期较新的一份）"},
          "reporter": {"oneOf": [{"$ref": "#/components/schemas/Reporter"}, {"type": "null"}]},
          "rows": {"type": ["integer", "null"]},
          "statuses": {"oneOf": [{"$ref": "#/components/schemas/Statuses"}, {"type": "null"}]},
          "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}}
        }
      },
      "RefusedFile": {
        "type": "object", "required": ["file", "error"],
        "properties": {"file": {"type": "string"}, "error": {"type": "string"}}
      },
      "ReturnList": {
        "type": "object", "required": ["folder", "returns"],
        "properties": {"folder": {"type": "string"}, "returns": {"type": "array", "items": {"$ref": "#/components/schemas/Return"}}}
      },
      "ReturnUpload": {
        "type": "object", "required": ["returns"],
        "properties": {"returns": {"type": "array", "items": {"oneOf": [{"$ref": "#/components/schemas/Return"}, {"$ref": "#/components/schemas/RefusedFile"}]}}}
      },
      "RefusedReturnUpload": {
        "type": "object", "required": ["error", "returns"],
        "properties": {"error": {"type": "string"}, "returns": {"type": "array", "items": {"$ref": "#/components/schemas/RefusedFile"}}}
      },
      "Roster": {
        "type": "object", "required": ["file", "inferred", "categories", "columns", "units"],
        "properties": {
          "file": {"type": ["string", "null"]}, "inferred": {"type": "boolean"},
          "categories": {"type": "array", "items": {"type": "string"}},
          "columns": {"type": "array", "items": {"type": "string"}, "description": "单位名称、别名、类别以外的联系列"},
          "units": {"type": "array", "items": {
            "type": "object", "required": ["name", "aliases", "category", "contacts"],
            "properties": {"name": {"type": "string"}, "aliases": {"type": "array", "items": {"type": "string"}},
                           "category": {"type": "string"}, "contacts": {"type": "array", "items": {"type": "string"}}}
          }}
        }
      },
      "RosterEdit": {
        "type": "object", "required": ["units"],
        "properties": {
          "columns": {"type": "array", "items": {"type": "string"}},
          "units": {"type": "array", "items": {
            "type": "object", "required": ["name"],
            "properties": {"name": {"type": "string"}, "aliases": {"type": "array", "items": {"type": "string"}},
                           "category": {"type": "string"}, "contacts": {"type": "array", "items": {"type": "string"}}}
          }}
        }
      },
      "Progress": {
        "description": "spec/ledger.md 的 collect --format json（taizhang-collect/1）",
        "type": "object", "required": ["schema", "source", "asOf", "units", "tasks", "findings"],
        "properties": {
          "schema": {"type": "string", "enum": ["taizhang-collect/1"]},
          "source": {"type": "object", "required": ["file", "sha256", "tasks"],
                     "properties": {"file": {"type": "string"}, "sha256": {"type": ["string", "null"]}, "tasks": {"type": "integer"}}},
          "asOf": {"type": "string"},
          "units": {"type": "array", "items": {
            "type": "object", "required": ["unit", "returned", "file", "reporter", "statuses", "overdue", "findings"],
            "properties": {"unit": {"type": "string"}, "returned": {"type": "boolean"}, "file": {"type": ["string", "null"]},
                           "reporter": {"oneOf": [{"$ref": "#/components/schemas/Reporter"}, {"type": "null"}]},
                           "statuses": {"$ref": "#/components/schemas/Statuses"},
                           "overdue": {"type": "integer"}, "findings": {"type": "integer"}}
          }},
          "tasks": {"type": "array", "items": {
            "type": "object", "required": ["id", "seq", "alert", "owners"],
            "properties": {"id": {"type": "string"}, "seq": {"type": "integer"}, "alert": {"$ref": "#/components/schemas/Alert"},
                           "owners": {"type": "array", "items": {
                             "type": "object", "required": ["unit", "role", "status", "completed", "progress", "alert"],
                             "properties": {"unit": {"type": "string"}, "role": {"type": "string", "enum": ["牵头", "配合"]},
                                            "status": {"type": ["string", "null"]}, "completed": {"type": ["string", "null"]},
                                            "progress": {"type": ["string", "null"]}, "alert": {"$ref": "#/components/schemas/Alert"}}
                           }}}
          }},
          "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}}
        }
      },
      "Alignment": {
        "description": "spec/align.md 的 align --format json（taizhang-align/1）",
        "type": "object", "required": ["schema", "a", "b", "links", "unlinkedB"],
        "properties": {
          "schema": {"type": "string", "enum": ["taizhang-align/1"]},
          "a": {"type": "object", "required": ["file", "tasks"], "properties": {"file": {"type": "string"}, "tasks": {"type": "integer"}}},
          "b": {"type": "object", "required": ["file", "tasks"], "properties": {"file": {"type": "string"}, "tasks": {"type": "integer"}, "unit": {"type": "string"}}},
          "links": {"type": "array", "items": {
            "type": "object", "required": ["b", "a", "relation", "score"],
            "properties": {"b": {"type": "integer"}, "a": {"type": "array", "items": {"type": "integer"}},
                           "relation": {"type": "string", "enum": ["same", "part"]}, "score": {"type": "number"}}
          }},
          "unlinkedB": {"type": "array", "items": {"type": "integer"}},
          "uncovered": {"type": "array", "items": {"type": "integer"}}
        }
      },
      "TaskView": {
        "type": "object", "required": ["seq", "section", "title", "text", "lead", "responsible", "deadline"],
        "properties": {"seq": {"type": "integer"}, "section": {"type": ["string", "null"]}, "title": {"type": ["string", "null"]},
                       "text": {"type": "string"}, "lead": {"type": "array", "items": {"type": "string"}},
                       "responsible": {"type": "array", "items": {"type": "string"}}, "deadline": {"type": ["string", "null"]}}
      },
      "Runs": {
        "type": "array", "description": "文字分段，marked 为只有这一方有的文字（对照表中的红字）",
        "items": {"type": "object", "required": ["text", "marked"], "properties": {"text": {"type": "string"}, "marked": {"type": "boolean"}}}
      },
      "AlignmentView": {
        "type": "object", "required": ["id", "alignment", "a", "b", "rows", "uncovered"],
        "properties": {
          "id": {"type": "string"},
          "alignment": {"$ref": "#/components/schemas/Alignment"},
          "a": {"$ref": "#/components/schemas/AlignedDocument"},
          "b": {"$ref": "#/components/schemas/AlignedDocument"},
          "rows": {"type": "array", "items": {
            "type": "object", "required": ["b", "a", "relation", "relationText", "score", "bRuns", "aRuns"],
            "properties": {"b": {"type": "integer"}, "a": {"type": "array", "items": {"type": "integer"}},
                           "relation": {"type": ["string", "null"], "enum": ["same", "part", null]},
                           "relationText": {"type": "string", "enum": ["相同", "部分", "无对应"]},
                           "score": {"type": ["number", "null"]},
                           "bRuns": {"$ref": "#/components/schemas/Runs"}, "aRuns": {"$ref": "#/components/schemas/Runs"}}
          }},
          "uncovered": {"oneOf": [{"type": "null"}, {"type": "array", "items": {
            "type": "object", "required": ["seq", "via", "task"],
            "properties": {"seq": {"type": "integer"}, "via": {"type": "string"},
                           "task": {"oneOf": [{"$ref": "#/components/schemas/TaskView"}, {"type": "null"}]}}
          }}]}
        }
      },
      "AlignedDocument": {
        "type": "object", "required": ["file", "title", "issuer", "tasks"],
        "properties": {"file": {"type": "string"}, "title": {"type": ["string", "null"]}, "issuer": {"type": ["string", "null"]},
                       "tasks": {"type": "array", "items": {"$ref": "#/components/schemas/TaskView"}}}
      }
    }
  }
}
"""#
}
