// The field tables of the view models in OpenDataViews.swift: what templates can name (see ViewFields).

extension OpenDataPageBody {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("intro", \.intro), .field("builtHTML", \.builtHTML), .field("files", \.files),
        .field("licenceText", \.licenceText), .field("licenceURL", \.licenceURL), .field("licenceLinkLabel", \.licenceLinkLabel),
    ])
}

extension OpenDataPageBody.File {
    static let fields = ViewFields<Self>([
        .field("id", \.id), .field("title", \.title), .field("description", \.description), .field("url", \.url),
        .field("linkLabel", \.linkLabel), .field("details", \.details), .field("table", \.table),
    ])
}
