use super::*;

// ---------------------------------------------------------------------------
// Sub-accounts: codes issued first, the file written on the fly
// ---------------------------------------------------------------------------

#[test]
fn subaccounts_import_with_codes_issued_first() {
    let env = star();
    let v = import_star_subaccounts(&env);
    assert_counts(&v, 2, 2, 0, 0, 0);
    assert!(
        v["encoding"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("gb18030"),
        "{v}"
    );
    let s = env.ok(&w("--org star subaccount show 13800138101"));
    assert_eq!(s["phone"], "13800138101");
    assert_eq!(s["name"], "小明");
    assert_eq!(strings(&s["positions"]), ["达人", "数据"]);
    assert_eq!(s["status"], "enabled");
    let s = env.ok(&w("--org star subaccount show ops@star.cn"));
    assert_eq!(s["email"], "ops@star.cn");
    assert_eq!(s["name"], "运营号");
    assert_eq!(strings(&s["positions"]), ["数据"]);
    assert_eq!(env.audit_count("subaccount.add"), 2);
}

#[test]
fn shop_subaccounts_take_the_im_column_and_a_wrong_code_fails_its_row() {
    let env = Env::new();
    env.shop(SHOP, SHOP_MAIN);
    env.ok(&w(
        "--org acme-shop position create 客服 --perm shop.customer_service",
    ));
    let c1 = issue(&env, SHOP, "13800138201");
    let c2 = issue(&env, SHOP, "13800138202");
    let c3 = issue(&env, SHOP, "13800138203");
    let wrong: String = c3
        .chars()
        .map(|c| char::from_digit((c.to_digit(10).unwrap() + 1) % 10, 10).unwrap())
        .collect();
    let file = env.write_file(
        "s.csv",
        &format!(
            "手机号,验证码,昵称,岗位,IM权限\n\
             13800138201,{c1},客服一,客服,是\n\
             13800138202,{c2},客服二,客服,off\n\
             13800138203,{wrong},客服三,客服,on\n"
        ),
    );
    let rp = env.path("r.csv");
    let v = import(
        &env,
        6,
        &o(
            SHOP,
            &[
                "import",
                "subaccounts",
                &file,
                "--report",
                rp.to_str().unwrap(),
            ],
        ),
    );
    assert_counts(&v, 3, 2, 0, 0, 1);
    assert_eq!(
        env.ok(&w("--org acme-shop subaccount show 13800138201"))["im"],
        true
    );
    assert_eq!(
        env.ok(&w("--org acme-shop subaccount show 13800138202"))["im"],
        false
    );
    assert_eq!(
        env.run(&w("--org acme-shop subaccount show 13800138203"))
            .code,
        3
    );
    // VC-1: the wrong try is counted although the row failed; the right
    // code still works afterwards.
    let rows = read_report(&rp);
    assert_eq!(rows[3][col(&rows[0], "result")], "failed");
    let file = env.write_file(
        "t.csv",
        &format!("手机号,验证码,昵称,岗位,IM权限\n13800138203,{c3},客服三,客服,on\n"),
    );
    let v = import(&env, 0, &o(SHOP, &["import", "subaccounts", &file]));
    assert_counts(&v, 1, 1, 0, 0, 0);
}
