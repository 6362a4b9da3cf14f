/** The files beside a tokenizer.json that its chat template and special tokens come from. */
export declare const BESIDE: {
    readonly tokenizerConfigJson: "tokenizer_config.json";
    readonly chatTemplate: "chat_template.jinja";
    readonly chatTemplateJson: "chat_template.json";
};
/** The files a tokenizer.json counts with: itself, then the chat template and special-token files beside it. */
export declare function tokenizerFilesOf(path: string): string[];
